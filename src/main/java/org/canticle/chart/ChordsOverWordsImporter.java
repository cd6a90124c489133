package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain "chords over words" text (as pasted from the web) to ChordPro.
 *
 * <ul>
 * <li>A chord line directly above a lyric line becomes inline chords at the same columns;
 * a chord beyond the end of the lyric pads it with spaces. A chord line with no lyric
 * under it becomes a chords-only line, keeping the spaces between chords.</li>
 * <li>Headings (Verse 1, [Chorus], Bridge:, …) open sections: verse, chorus (also
 * refrain) and bridge become start_of_verse/chorus/bridge; every other heading (Intro,
 * Pre-Chorus, Tag, Outro, Instrumental, Interlude, Ending, …) becomes a custom ChordPro
 * section such as start_of_intro. The heading text is the label. A section ends at the
 * first blank line after its content (the usual stanza break in pasted charts), at the
 * next heading or at a tab block; the blank line stays outside it.</li>
 * <li>Lines like {@code e|---3---|} stay verbatim inside start_of_tab/end_of_tab.</li>
 * <li>"Key: G", "Capo: 2", "Title: …" and similar lines become directives; a line wholly
 * in parentheses that is not under a chord line, such as "(Repeat x2)", becomes a
 * {comment}.</li>
 * <li>Tabs expand to 8-column stops, trailing whitespace is dropped, CRLF/CR read as line
 * breaks. Square brackets in lyrics would read as chords, so they become parentheses
 * (with a warning).</li>
 * </ul>
 */
final class ChordsOverWordsImporter {

	private static final Pattern HEADING = Pattern
		.compile("[\\[(]?\\s*((verse|chorus|refrain|pre[- ]?chorus|bridge|tag|intro|outro|instrumental|interlude|ending"
				+ "|coda|vamp|turnaround|solo)\\s*\\d*[a-z]?)\\s*[\\])]?\\s*:?\\s*(\\(?[x×]\\s*\\d+\\)?|\\(?\\d+\\s*[x×]\\)?)?",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern META = Pattern.compile(
			"(title|subtitle|artist|composer|lyricist|copyright|key|tempo|time|capo|ccli|album|year|duration)\\s*:\\s*(\\S.*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TAB_LINE = Pattern.compile("\\s*[A-Ga-g]?[#b]?\\s*\\|.*-{2,}.*");

	private static final Pattern REPEAT = Pattern.compile("\\(?(?:[x×]\\d+|\\d+[x×])\\)?", Pattern.CASE_INSENSITIVE);

	private static final java.util.Set<String> FILLERS = java.util.Set.of("|", "||", "/", "-", ".", ":|", "|:", "||:",
			":||");

	private final List<String> out = new ArrayList<>();

	private final List<ParseWarning> warnings = new ArrayList<>();

	private String openKind;

	private int openIndex;

	private ChordsOverWordsImporter() {
	}

	static ChordsOverWordsImport importText(String text) {
		if (text == null || text.isBlank()) {
			return new ChordsOverWordsImport("", List.of());
		}
		List<String> lines = new ArrayList<>();
		for (String raw : ChordProParser.splitLines(text)) {
			lines.add(TextRenderer.stripTrailing(expandTabs(raw)));
		}
		ChordsOverWordsImporter importer = new ChordsOverWordsImporter();
		importer.run(lines);
		return new ChordsOverWordsImport(String.join("\n", importer.out) + "\n", importer.warnings);
	}

	private void run(List<String> lines) {
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			int number = i + 1;
			if (line.isBlank()) {
				if (openKind != null && out.size() > openIndex) {
					closeSection();
				}
				out.add("");
				i++;
				continue;
			}
			if (isTab(line)) {
				closeSection();
				out.add("{start_of_tab}");
				while (i < lines.size() && isTab(lines.get(i))) {
					out.add(lines.get(i));
					i++;
				}
				out.add("{end_of_tab}");
				continue;
			}
			Matcher heading = HEADING.matcher(line.strip());
			if (heading.matches()) {
				openSection(heading.group(2), heading.group(1).strip());
				i++;
				continue;
			}
			Matcher meta = META.matcher(line.strip());
			if (meta.matches()) {
				out.add("{" + meta.group(1).toLowerCase(Locale.ROOT) + ": " + meta.group(2).strip() + "}");
				i++;
				continue;
			}
			if (line.strip().startsWith("{") && ChordProParser.readDirective(line) != null) {
				out.add(line);
				i++;
				continue;
			}
			String stripped = line.strip();
			if (stripped.length() > 2 && stripped.startsWith("(") && stripped.endsWith(")")
					&& stripped.indexOf(')') == stripped.length() - 1 && chordLine(line) == null) {
				out.add("{comment: " + stripped.substring(1, stripped.length() - 1).strip() + "}");
				i++;
				continue;
			}
			List<PlacedChord> chords = chordLine(line);
			if (chords != null) {
				if (i + 1 < lines.size() && isLyric(lines.get(i + 1))) {
					out.add(merge(chords, sanitise(lines.get(i + 1), number + 1)));
					i += 2;
				}
				else {
					out.add(chordsOnly(chords));
					i++;
				}
				continue;
			}
			out.add(sanitise(line, number));
			i++;
		}
		closeSection();
	}

	private boolean isLyric(String line) {
		return !line.isBlank() && !isTab(line) && !HEADING.matcher(line.strip()).matches()
				&& !META.matcher(line.strip()).matches() && chordLine(line) == null
				&& !(line.strip().startsWith("{") && ChordProParser.readDirective(line) != null);
	}

	private static boolean isTab(String line) {
		return TAB_LINE.matcher(line).matches();
	}

	private void openSection(String word, String label) {
		closeSection();
		String lower = word.toLowerCase(Locale.ROOT);
		String kind = switch (lower) {
			case "verse" -> "verse";
			case "chorus", "refrain" -> "chorus";
			case "bridge" -> "bridge";
			default -> lower.replaceAll("[^a-z]", "");
		};
		out.add("{start_of_" + kind + ": " + label + "}");
		openKind = kind;
		openIndex = out.size();
	}

	private void closeSection() {
		if (openKind == null) {
			return;
		}
		int end = out.size();
		while (end > openIndex && out.get(end - 1).isEmpty()) {
			end--;
		}
		out.add(end, "{end_of_" + openKind + "}");
		openKind = null;
	}

	/**
	 * Chord positions when every token on the line is a chord (or bar-line filler), else
	 * null.
	 */
	static List<PlacedChord> chordLine(String line) {
		List<PlacedChord> chords = new ArrayList<>();
		boolean realChord = false;
		int i = 0;
		int n = line.length();
		while (i < n) {
			if (line.charAt(i) == ' ') {
				i++;
				continue;
			}
			int start = i;
			while (i < n && line.charAt(i) != ' ') {
				i++;
			}
			String token = line.substring(start, i);
			if (ChordParser.parseChord(token).isPresent()) {
				realChord = true;
				chords.add(new PlacedChord(start, token));
			}
			else if (ChordParser.isNonChord(token) && !FILLERS.contains(token)) {
				chords.add(new PlacedChord(start, token));
			}
			else if (REPEAT.matcher(token).matches()) {
				chords.add(new PlacedChord(start, "*" + token));
			}
			else if (!FILLERS.contains(token)) {
				return null;
			}
		}
		return realChord ? chords : null;
	}

	private static String merge(List<PlacedChord> chords, String lyric) {
		int last = chords.get(chords.size() - 1).column;
		StringBuilder padded = new StringBuilder(lyric);
		while (padded.length() < last) {
			padded.append(' ');
		}
		StringBuilder sb = new StringBuilder(padded.length() + chords.size() * 6);
		int from = 0;
		for (PlacedChord chord : chords) {
			sb.append(padded, from, chord.column).append('[').append(chord.text).append(']');
			from = chord.column;
		}
		sb.append(padded, from, padded.length());
		return sb.toString();
	}

	private static String chordsOnly(List<PlacedChord> chords) {
		StringBuilder sb = new StringBuilder();
		int column = 0;
		for (PlacedChord chord : chords) {
			sb.append(" ".repeat(Math.max(chord.column - column, sb.length() == 0 ? 0 : 1)));
			sb.append('[').append(chord.text).append(']');
			column = chord.column + displayWidth(chord.text);
		}
		return sb.toString();
	}

	private static int displayWidth(String chord) {
		return chord.startsWith("*") ? chord.length() - 1 : chord.length();
	}

	private String sanitise(String lyric, int number) {
		if (lyric.indexOf('[') < 0 && lyric.indexOf(']') < 0) {
			return lyric;
		}
		warnings.add(new ParseWarning(number, "square brackets in lyrics replaced by parentheses"));
		return lyric.replace('[', '(').replace(']', ')');
	}

	static String expandTabs(String line) {
		if (line.indexOf('\t') < 0) {
			return line;
		}
		StringBuilder sb = new StringBuilder(line.length() + 16);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\t') {
				do {
					sb.append(' ');
				}
				while (sb.length() % 8 != 0);
			}
			else {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	record PlacedChord(int column, String text) {
	}

}
