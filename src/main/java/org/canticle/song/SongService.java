package org.canticle.song;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.canticle.chart.Charts;
import org.canticle.chart.Key;
import org.canticle.system.Auditor;
import org.canticle.system.BadRequestException;
import org.canticle.system.NotFoundException;
import org.canticle.system.ResultPage;
import org.canticle.system.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The song library: what the API and the pages do with songs. */
@Service
public class SongService {

	public static final int MAX_PAGE_SIZE = 100;

	private final SongRepository songs;

	private final Clock clock;

	private final Auditor audit;

	SongService(SongRepository songs, Clock clock, Auditor audit) {
		this.songs = songs;
		this.clock = clock;
		this.audit = audit;
	}

	public Optional<Song> find(long id) {
		return songs.find(id);
	}

	public Song get(long id) {
		return songs.find(id).orElseThrow(() -> new NotFoundException("Song", id));
	}

	/**
	 * The current version of a song, for a cheap conditional GET; empty when there is
	 * none.
	 */
	public Optional<Integer> version(long id) {
		return songs.findVersion(id);
	}

	/** True once the library has held any song, archived ones included. */
	public boolean anyEver() {
		return songs.anyEver();
	}

	public ResultPage<SongSummary> search(SongQuery query) {
		SongFilter filter = SongFilter.of(query.q(), query.tag(), canonicalKey(query.key()));
		int size = Math.min(Math.max(query.size(), 1), MAX_PAGE_SIZE);
		int page = Math.max(query.page(), 0);
		long total = songs.count(filter);
		List<SongSummary> items = songs.page(filter, page * size, size);
		return new ResultPage<>(items, page, size, total);
	}

	@Transactional
	public Song create(SongInput input) {
		SongRow row = row(input);
		long id = songs.insert(row, clock.instant(), audit.actorId());
		songs.replaceTags(id, row.tags());
		audit.recordCreate(SongApiController.KIND, id);
		return get(id);
	}

	/**
	 * Replaces a song, if it is still at the version the caller read.
	 * @param expectedVersion the version from If-Match, or null for "any"
	 */
	@Transactional
	public Song replace(long id, Integer expectedVersion, SongInput input) {
		SongRow row = row(input);
		if (!songs.update(id, expectedVersion, row, clock.instant(), audit.actorId())) {
			Song current = get(id);
			if (current.archived()) {
				throw new NotFoundException("Song", id);
			}
			throw new StaleVersionException("Song", id, current.version());
		}
		songs.replaceTags(id, row.tags());
		audit.recordUpdate(SongApiController.KIND, id);
		return get(id);
	}

	/**
	 * Deletes a song; one that a plan uses is archived instead, so that no plan loses it.
	 */
	@Transactional
	public void delete(long id) {
		if (!songs.deleteOrArchive(id, clock.instant())) {
			throw new NotFoundException("Song", id);
		}
		audit.recordDelete(SongApiController.KIND, id);
	}

	static SongRow row(SongInput input) {
		List<String> tags = input.tags() == null ? List.of()
				: input.tags().stream().map(SongService::normalizeTag).distinct().sorted().toList();
		String title = input.title().strip();
		String authors = clean(input.authors());
		String searchText = SearchText.normalize(
				String.join(" ", title, authors, String.join(" ", tags), Charts.lyricsForSearch(input.chordpro())));
		return new SongRow(title, authors, clean(input.copyright()), input.ccliNumber(), canonicalKey(input.key()),
				input.tempo(), blankToNull(input.timeSignature()), tags, input.chordpro(), searchText,
				SearchText.normalize(title));
	}

	static String normalizeTag(String tag) {
		return tag.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * "bb" → "Bb", "f#m" → "F#m": one spelling in the database, so that filtering by key
	 * finds them all.
	 */
	public static String canonicalKey(String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		return Key.tryParse(key)
			.map(Key::toString)
			.orElseThrow(() -> new BadRequestException("key", "must be a key such as G, Bb or F#m"));
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
