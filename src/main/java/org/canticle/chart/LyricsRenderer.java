package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Words only, for projection and printing: no chords, no directives; each section's label
 * (or "Chorus" for an unlabelled chorus and a {chorus} recall) heads its stanza, and
 * stanzas are separated by exactly one blank line.
 */
final class LyricsRenderer {

	private LyricsRenderer() {
	}

	static String render(Chart chart) {
		List<String> out = new ArrayList<>();
		for (Section section : chart.sections()) {
			if (section.verbatim()) {
				continue;
			}
			stanzaBreak(out);
			String label = !section.label().isBlank() ? section.label()
					: section.kind().equals("chorus") ? "Chorus" : "";
			if (!label.isEmpty()) {
				out.add(label);
			}
			for (Line line : section.lines()) {
				if (line instanceof LyricLine lyricLine) {
					if (lyricLine.blank()) {
						stanzaBreak(out);
					}
					else if (!lyricLine.chordsOnly()) {
						out.add(TextRenderer.stripTrailing(lyricLine.lyrics()));
					}
				}
				else if (line instanceof DirectiveLine d && d.directive().name().equals("chorus")) {
					stanzaBreak(out);
					out.add(Headings.chorusRecall(d.directive()));
					stanzaBreak(out);
				}
			}
		}
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return out.isEmpty() ? "" : String.join("\n", out) + "\n";
	}

	private static void stanzaBreak(List<String> out) {
		if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
			out.add("");
		}
	}

	/**
	 * Lyrics, section labels and comments in one whitespace-collapsed string, for
	 * full-text search.
	 */
	static String forSearch(Chart chart) {
		StringBuilder sb = new StringBuilder();
		for (Section section : chart.sections()) {
			if (section.verbatim()) {
				continue;
			}
			sb.append(section.label()).append(' ');
			for (Line line : section.lines()) {
				if (line instanceof LyricLine lyricLine) {
					sb.append(lyricLine.lyrics()).append(' ');
				}
				else if (line instanceof DirectiveLine d && d.directive().isComment()) {
					sb.append(d.directive().text()).append(' ');
				}
			}
		}
		return collapseWhitespace(sb);
	}

	private static String collapseWhitespace(CharSequence text) {
		StringBuilder sb = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = sb.length() > 0;
			}
			else {
				if (space) {
					sb.append(' ');
					space = false;
				}
				sb.append(c);
			}
		}
		return sb.toString();
	}

}
