package org.canticle.chart;

import java.util.List;

/**
 * Chords over words in a monospaced layout. Every chord starts at the column of the
 * character it stands on; when a chord would run into the next one the lyric is pushed
 * apart (with dashes inside a word, spaces between words) so chords never touch.
 * Chords-only lines print as the chords with their spacing.
 */
final class TextRenderer {

	private TextRenderer() {
	}

	static String render(Chart chart) {
		StringBuilder out = new StringBuilder(chart.lines().size() * 60);
		for (Section section : chart.sections()) {
			String heading = Headings.sectionHeading(section);
			if (!heading.isEmpty()) {
				out.append(heading).append('\n');
			}
			for (Line line : section.lines()) {
				renderLine(line, section, out);
			}
		}
		return out.toString();
	}

	private static void renderLine(Line line, Section section, StringBuilder out) {
		if (line instanceof VerbatimLine v) {
			if (section.verbatim()) {
				out.append(v.text()).append('\n');
			}
		}
		else if (line instanceof DirectiveLine d) {
			renderDirective(d.directive(), out);
		}
		else if (line instanceof LyricLine lyricLine) {
			renderLyricLine(lyricLine, out);
		}
	}

	private static void renderDirective(Directive d, StringBuilder out) {
		String name = d.name();
		if (name.equals("title") || name.equals("subtitle")) {
			out.append(d.text()).append('\n');
		}
		else if (Headings.META_LABELS.containsKey(name)) {
			out.append(Headings.META_LABELS.get(name)).append(": ").append(d.text()).append('\n');
		}
		else if (d.isComment()) {
			String text = d.text();
			out.append(text.startsWith("(") ? text : "(" + text + ")").append('\n');
		}
		else if (name.equals("chorus")) {
			out.append(Headings.chorusRecall(d)).append('\n');
		}
	}

	static void renderLyricLine(LyricLine line, StringBuilder out) {
		List<Chunk> chunks = line.chunks();
		if (!line.hasChords()) {
			out.append(stripTrailing(line.lyrics())).append('\n');
			return;
		}
		if (line.chordsOnly()) {
			StringBuilder chords = new StringBuilder();
			for (Chunk chunk : chunks) {
				if (chunk.hasChord()) {
					chords.append(displayChord(chunk.chord()));
				}
				chords.append(chunk.lyric());
			}
			out.append(stripTrailing(chords.toString())).append('\n');
			return;
		}
		StringBuilder chordRow = new StringBuilder();
		StringBuilder lyricRow = new StringBuilder();
		for (Chunk chunk : chunks) {
			if (chunk.hasChord()) {
				String chord = displayChord(chunk.chord());
				int column = Math.max(lyricRow.length(), chordRow.length() == 0 ? 0 : chordRow.length() + 1);
				char pad = midWord(lyricRow, chunk.lyric()) ? '-' : ' ';
				while (lyricRow.length() < column) {
					lyricRow.append(pad);
				}
				while (chordRow.length() < column) {
					chordRow.append(' ');
				}
				chordRow.append(chord);
			}
			lyricRow.append(chunk.lyric());
		}
		out.append(stripTrailing(chordRow.toString())).append('\n');
		out.append(stripTrailing(lyricRow.toString())).append('\n');
	}

	private static String displayChord(String chord) {
		return ChordParser.isAnnotation(chord) ? chord.substring(1) : chord;
	}

	private static boolean midWord(CharSequence before, String after) {
		return before.length() > 0 && Character.isLetterOrDigit(before.charAt(before.length() - 1)) && !after.isEmpty()
				&& Character.isLetterOrDigit(after.charAt(0));
	}

	static String stripTrailing(String s) {
		int end = s.length();
		while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
			end--;
		}
		return end == s.length() ? s : s.substring(0, end);
	}

}
