package org.canticle.song;

import java.util.Arrays;
import java.util.List;

/**
 * The song editor's fields as typed: text, so that a form with a bad number comes back
 * with what was typed in it.
 *
 * @param version the version the editor was opened at, for the conflict check; null for a
 * new song
 * @param paste chords-over-words text to convert into the chart
 */
public record SongForm(String title, String authors, String copyright, String ccliNumber, String key, String tempo,
		String timeSignature, String tags, String chordpro, Integer version, String paste) {

	static SongForm empty() {
		return new SongForm("", "", "", "", "", "", "", "", "", null, "");
	}

	static SongForm of(Song song) {
		return new SongForm(song.title(), song.authors(), song.copyright(),
				song.ccliNumber() == null ? "" : song.ccliNumber().toString(), song.key() == null ? "" : song.key(),
				song.tempo() == null ? "" : song.tempo().toString(),
				song.timeSignature() == null ? "" : song.timeSignature(), String.join(", ", song.tags()),
				song.chordpro(), song.version(), "");
	}

	SongForm withChordpro(String text) {
		return new SongForm(title, authors, copyright, ccliNumber, key, tempo, timeSignature, tags, text, version, "");
	}

	SongForm withVersion(Integer newVersion) {
		return new SongForm(title, authors, copyright, ccliNumber, key, tempo, timeSignature, tags, chordpro,
				newVersion, paste);
	}

	/** Tags as typed, comma separated; empty ones dropped. */
	List<String> tagList() {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
	}

	static String text(String value) {
		return value == null ? "" : value;
	}

}
