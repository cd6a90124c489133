package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ChordPro text to {@link Chart}. Never throws: whatever it cannot understand is kept as
 * text and reported as a {@link ParseWarning}. Line endings are normalised to \n (CRLF
 * and CR are read as line breaks).
 */
public final class ChordProParser {

	private static final Set<String> VERBATIM_KINDS = Set.of("tab", "grid", "abc", "ly", "svg", "textblock");

	private static final Set<String> KNOWN = Set.of("title", "subtitle", "artist", "composer", "lyricist", "arranger",
			"copyright", "key", "tempo", "time", "capo", "ccli", "album", "year", "duration", "sorttitle", "meta",
			"comment", "comment_italic", "comment_box", "highlight", "chorus", "new_page", "new_physical_page",
			"column_break", "columns", "grid", "no_grid", "image", "define", "chord", "transpose", "pagetype", "titles",
			"textfont", "textsize", "textcolour", "chordfont", "chordsize", "chordcolour", "tabfont", "tabsize",
			"tabcolour", "footer", "new_song", "ns");

	private final List<Line> lines = new ArrayList<>();

	private final List<ParseWarning> warnings = new ArrayList<>();

	private String openSection;

	private int openSectionLine;

	private ChordProParser() {
	}

	public static Chart parse(String text) {
		if (text == null || text.isEmpty()) {
			return Chart.empty();
		}
		ChordProParser parser = new ChordProParser();
		List<String> rawLines = splitLines(text);
		for (int i = 0; i < rawLines.size(); i++) {
			parser.parseLine(rawLines.get(i), i + 1);
		}
		if (parser.openSection != null) {
			parser.warn(parser.openSectionLine, "{start_of_" + parser.openSection + "} is never closed");
		}
		char last = text.charAt(text.length() - 1);
		return Chart.of(parser.lines, last == '\n' || last == '\r', parser.warnings);
	}

	static boolean isVerbatimKind(String kind) {
		return VERBATIM_KINDS.contains(kind);
	}

	/**
	 * Lines without their terminators; a final terminator does not start another line.
	 */
	static List<String> splitLines(String text) {
		List<String> result = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				result.add(text.substring(start, i));
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < n) {
			result.add(text.substring(start));
		}
		return result;
	}

	private void parseLine(String line, int number) {
		if (openSection != null && isVerbatimKind(openSection)) {
			Directive end = readDirective(line);
			if (end != null && end.endsSection() && end.sectionKind().equals(openSection)) {
				openSection = null;
				lines.add(new DirectiveLine(end));
			}
			else {
				lines.add(new VerbatimLine(line));
			}
			return;
		}
		if (line.startsWith("#")) {
			lines.add(new VerbatimLine(line));
			return;
		}
		String trimmed = line.strip();
		if (trimmed.startsWith("{")) {
			Directive directive = readDirective(line);
			if (directive != null) {
				lines.add(new DirectiveLine(directive));
				checkDirective(directive, number);
				return;
			}
			warn(number, trimmed.endsWith("}") ? "malformed directive kept as text" : "unclosed '{' kept as text");
		}
		lines.add(parseLyricLine(line, number));
	}

	private void checkDirective(Directive d, int number) {
		if (d.startsSection()) {
			if (openSection != null) {
				warn(number, "{" + d.name() + "} inside {start_of_" + openSection + "} which is not closed");
			}
			openSection = d.sectionKind();
			openSectionLine = number;
		}
		else if (d.endsSection()) {
			if (!d.sectionKind().equals(openSection)) {
				warn(number, "{" + d.name() + "} without a matching start");
			}
			openSection = null;
		}
		else if (d.name().equals("key") && Key.tryParse(d.text()).isEmpty()) {
			warn(number, "{key: " + d.text() + "} is not a key; ignored for transposition");
		}
		else if (!KNOWN.contains(d.name()) && !d.name().startsWith("x_")) {
			warn(number, "unknown directive {" + d.name() + "} kept as written");
		}
	}

	/**
	 * The directive on this line, or null when the line is not exactly one well-formed
	 * {name…}.
	 */
	static Directive readDirective(String line) {
		int open = line.indexOf('{');
		int close = line.lastIndexOf('}');
		if (open < 0 || close < open || !line.substring(0, open).isBlank() || !line.substring(close + 1).isBlank()) {
			return null;
		}
		int nameEnd = open + 1;
		while (nameEnd < close && isNameChar(line.charAt(nameEnd))) {
			nameEnd++;
		}
		if (nameEnd == open + 1) {
			return null;
		}
		String name = Directive.canonicalName(line.substring(open + 1, nameEnd));
		char next = line.charAt(nameEnd);
		if (nameEnd == close) {
			return new Directive(name, line.substring(0, close), "", line.substring(close));
		}
		if (next != ':' && !Character.isWhitespace(next)) {
			return null;
		}
		int valueStart = nameEnd + 1;
		while (valueStart < close && line.charAt(valueStart) == ' ') {
			valueStart++;
		}
		int valueEnd = close;
		while (valueEnd > valueStart && line.charAt(valueEnd - 1) == ' ') {
			valueEnd--;
		}
		return new Directive(name, line.substring(0, valueStart), line.substring(valueStart, valueEnd),
				line.substring(valueEnd));
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}

	private LyricLine parseLyricLine(String line, int number) {
		List<Chunk> chunks = new ArrayList<>();
		String chord = null;
		StringBuilder lyric = new StringBuilder();
		int i = 0;
		int n = line.length();
		while (i < n) {
			char c = line.charAt(i);
			if (c == '[') {
				int close = line.indexOf(']', i + 1);
				if (close < 0) {
					warn(number, "unclosed '[' at column " + (i + 1) + " kept as text");
					lyric.append(line, i, n);
					break;
				}
				if (chord != null || lyric.length() > 0) {
					chunks.add(new Chunk(chord, lyric.toString()));
					lyric.setLength(0);
				}
				chord = line.substring(i + 1, close);
				if (!ChordParser.isRecognised(chord)) {
					warn(number, "'" + chord + "' is not a chord; kept as written");
				}
				i = close + 1;
			}
			else {
				if (c == ']') {
					warn(number, "']' without '[' at column " + (i + 1) + " kept as text");
				}
				lyric.append(c);
				i++;
			}
		}
		if (chord != null || lyric.length() > 0) {
			chunks.add(new Chunk(chord, lyric.toString()));
		}
		return new LyricLine(chunks);
	}

	private void warn(int line, String message) {
		warnings.add(new ParseWarning(line, message));
	}

}
