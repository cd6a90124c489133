package org.canticle.importing;

import java.util.List;

import org.canticle.song.SongInput;

/**
 * A song read from a file, before it meets the library: what {@link SongInput} takes,
 * plus what the reader noticed.
 *
 * @param source the file (and entry) it came from, for the report
 */
record SongDraft(String source, String title, String authors, String copyright, Long ccliNumber, String key,
		Integer tempo, String timeSignature, List<String> tags, String chordpro, List<String> warnings) {

	SongDraft {
		title = title == null ? "" : title.strip();
		authors = authors == null ? "" : authors.strip();
		copyright = copyright == null ? "" : copyright.strip();
		tags = tags == null ? List.of() : List.copyOf(tags);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	SongInput toInput() {
		return new SongInput(title, authors, copyright, ccliNumber, key, tempo, timeSignature, tags, chordpro);
	}

}
