package org.canticle.chart;

import java.util.Locale;
import java.util.Map;

/** Human names for section kinds and metadata, shared by the text-like renderers. */
final class Headings {

	static final Map<String, String> META_LABELS = Map.ofEntries(Map.entry("artist", "Artist"),
			Map.entry("composer", "Composer"), Map.entry("lyricist", "Lyricist"), Map.entry("copyright", "Copyright"),
			Map.entry("key", "Key"), Map.entry("tempo", "Tempo"), Map.entry("time", "Time"), Map.entry("capo", "Capo"),
			Map.entry("ccli", "CCLI"), Map.entry("album", "Album"), Map.entry("year", "Year"),
			Map.entry("duration", "Duration"));

	private Headings() {
	}

	/**
	 * The heading shown for a section: its label, else its kind ("Chorus"); blank for
	 * unlabelled tab-like blocks.
	 */
	static String sectionHeading(Section section) {
		if (!section.label().isBlank()) {
			return section.label();
		}
		return section.verbatim() || !section.explicit() ? "" : capitalise(section.kind());
	}

	static String chorusRecall(Directive directive) {
		return directive.label().isBlank() ? "Chorus" : directive.label();
	}

	static String capitalise(String kind) {
		if (kind.isEmpty()) {
			return kind;
		}
		String spaced = kind.replace('_', ' ');
		return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
	}

}
