package org.canticle.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.canticle.song.SearchText;
import org.canticle.song.Song;
import org.canticle.song.SongInput;
import org.canticle.song.SongService;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Runs an import: reads every file into songs (or refusals), then adds each song through
 * {@link SongService}, each in its own transaction, so a song that fails leaves nothing
 * behind and the others go on. A song with the same title and authors, or the same CCLI
 * number, as one in the library or one met earlier in the same import is skipped.
 */
@Service
class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final SongService songs;

	private final SongLibraryRepository library;

	private final Validator validator;

	private final ImportSettings settings;

	private final Clock clock;

	ImportService(SongService songs, SongLibraryRepository library, Validator validator, ImportSettings settings,
			Clock clock) {
		this.songs = songs;
		this.library = library;
		this.validator = validator;
		this.settings = settings;
		this.clock = clock;
	}

	/** One uploaded file: its name as the client sent it, and its bytes. */
	record Upload(String name, byte[] content) {
	}

	void run(ImportJob job, List<Upload> uploads) {
		job.running();
		try {
			List<SongDraft> drafts = new ArrayList<>();
			for (Upload upload : uploads) {
				SongFiles.parse(upload.name(), upload.content(), settings.zipLimits(), drafts::add,
						refusal -> job.refused(refusal, false));
			}
			job.total(drafts.size());
			Duplicates duplicates = new Duplicates();
			library.libraryKeys()
				.forEach(key -> duplicates.add(key.title(), key.authors(), key.ccliNumber(),
						"song " + key.id() + " of the library"));
			for (SongDraft draft : drafts) {
				add(job, draft, duplicates);
			}
			job.finished(ImportJob.Status.DONE, clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", job.id(), ex);
			job.refused(new Refusal("", 0, "the import stopped: the database could not be reached or failed"), false);
			job.finished(ImportJob.Status.FAILED, clock.instant());
		}
	}

	private void add(ImportJob job, SongDraft draft, Duplicates duplicates) {
		String duplicate = duplicates.find(draft.title(), draft.authors(), draft.ccliNumber());
		if (duplicate != null) {
			job.skipped(new ImportJob.Skipped(draft.source(), draft.title(), "duplicate of " + duplicate));
			return;
		}
		SongInput input = draft.toInput();
		Set<ConstraintViolation<SongInput>> violations = validator.validate(input);
		if (!violations.isEmpty()) {
			TreeSet<String> reasons = new TreeSet<>();
			violations.forEach(v -> reasons.add(v.getPropertyPath() + " " + v.getMessage()));
			job.refused(new Refusal(draft.source(), 0, String.join("; ", reasons)), true);
			return;
		}
		try {
			Song song = songs.create(input);
			duplicates.add(song.title(), song.authors(), song.ccliNumber(),
					"an earlier file of this import (" + draft.source() + ")");
			job.imported(new ImportJob.Imported(draft.source(), song.id(), song.title(), draft.warnings()));
		}
		catch (ErrorResponseException ex) {
			job.refused(new Refusal(draft.source(), 0, String.valueOf(ex.getBody().getDetail())), true);
		}
		catch (DataAccessException ex) {
			log.warn("Import {}: {} could not be saved: {}", job.id(), draft.source(),
					ex.getMostSpecificCause().getMessage());
			job.refused(new Refusal(draft.source(), 0, "the database refused this song; nothing of it was saved"),
					true);
		}
	}

	/**
	 * Songs already there: by normalised title with normalised, sorted authors, and by
	 * CCLI number.
	 */
	static final class Duplicates {

		private final Map<String, String> byTitleAndAuthors = new HashMap<>();

		private final Map<Long, String> byCcli = new HashMap<>();

		void add(String title, String authors, Long ccli, String what) {
			byTitleAndAuthors.putIfAbsent(key(title, authors), what);
			if (ccli != null) {
				byCcli.putIfAbsent(ccli, what);
			}
		}

		String find(String title, String authors, Long ccli) {
			if (ccli != null && byCcli.containsKey(ccli)) {
				return byCcli.get(ccli) + " (same CCLI number " + ccli + ")";
			}
			String found = byTitleAndAuthors.get(key(title, authors));
			return found == null ? null : found + " (same title and authors)";
		}

		private static String key(String title, String authors) {
			TreeSet<String> names = new TreeSet<>();
			Metadata.splitAuthors(authors).forEach(name -> names.add(SearchText.normalize(name)));
			return SearchText.normalize(title).replaceAll("[^\\p{L}\\p{N} ]", "") + "|" + String.join(",", names);
		}

	}

}
