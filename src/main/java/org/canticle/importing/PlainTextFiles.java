package org.canticle.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.canticle.chart.ChordsOverWordsImport;
import org.canticle.chart.Charts;

/**
 * Text files: chords over words (through the chart engine's importer), and SongSelect's
 * lyrics and chord-sheet .txt exports, recognised by their "CCLI Song #" footer.
 */
final class PlainTextFiles {

	private static final Pattern CCLI_SONG = Pattern.compile("(?i)CCLI\\s+Song\\s*(#|No\\.?|Number)\\s*:?\\s*\\d+.*");

	private static final Pattern HEADING = Pattern.compile(
			"(?i)[\\[(]?\\s*(verse|chorus|refrain|pre[- ]?chorus|bridge|tag|intro|outro|instrumental|interlude|ending"
					+ "|coda|vamp|turnaround|solo)\\b.*");

	private PlainTextFiles() {
	}

	static boolean isSongSelect(String text) {
		return text.lines().anyMatch(line -> CCLI_SONG.matcher(line.strip()).matches());
	}

	static SongDraft read(String source, String text, List<String> warnings) {
		List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
		if (isSongSelect(text)) {
			return songSelect(source, lines, warnings);
		}
		String title = Metadata.baseName(source);
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank()) {
			first++;
		}
		if (first < lines.size() && isTitle(lines, first)) {
			title = lines.get(first).strip();
			first++;
		}
		return fromBody(source, title, "", "", null, List.of(), lines.subList(first, lines.size()), warnings);
	}

	/**
	 * The first line is a title when it is not a chord line or a heading, and a blank
	 * line (or the end) follows.
	 */
	private static boolean isTitle(List<String> lines, int index) {
		String line = lines.get(index).strip();
		if (HEADING.matcher(line).matches() || line.startsWith("{") || line.length() > 200) {
			return false;
		}
		String chordpro = Charts.importChordsOverWords(line).chordpro().strip();
		if (chordpro.startsWith("[")) {
			return false;
		}
		return index + 1 >= lines.size() || lines.get(index + 1).isBlank();
	}

	/**
	 * SongSelect: title, blank, sections, then a footer: "CCLI Song # 22025", authors
	 * separated by |, "©" copyright lines, and the terms of use and licence number, which
	 * are not part of the song.
	 */
	private static SongDraft songSelect(String source, List<String> lines, List<String> warnings) {
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank()) {
			first++;
		}
		String title = first < lines.size() ? lines.get(first).strip() : Metadata.baseName(source);
		int footer = first + 1;
		while (footer < lines.size() && !CCLI_SONG.matcher(lines.get(footer).strip()).matches()) {
			footer++;
		}
		Long ccli = footer < lines.size() ? Metadata.ccli(lines.get(footer)) : null;
		String authors = "";
		List<String> copyright = new ArrayList<>();
		for (int i = footer + 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("For use solely") || line.startsWith("CCLI Licen")
					|| line.startsWith("Note:")) {
				continue;
			}
			if (line.startsWith("©") || line.startsWith("(c)") || line.startsWith("Copyright")) {
				copyright.add(line.replaceFirst("^(©|\\(c\\)|Copyright)\\s*", ""));
			}
			else if (authors.isEmpty()) {
				authors = Metadata.joinAuthors(Metadata.splitAuthors(line));
			}
		}
		List<String> body = new ArrayList<>(lines.subList(Math.min(first + 1, lines.size()), footer));
		// SongSelect's chord sheets put the key under the title: "Key - G"
		String key = null;
		for (int i = 0; i < Math.min(body.size(), 3); i++) {
			String line = body.get(i).strip();
			if (line.matches("(?i)key\\s*[-:]\\s*\\S+")) {
				key = Metadata.key(line.replaceFirst("(?i)key\\s*[-:]\\s*", ""), warnings);
				body.remove(i);
				break;
			}
		}
		return fromBody(source, title, authors, String.join("; ", copyright), ccli,
				key == null ? List.of() : List.of(key), body, warnings);
	}

	private static SongDraft fromBody(String source, String title, String authors, String copyright, Long ccli,
			List<String> key, List<String> body, List<String> warnings) {
		ChordsOverWordsImport converted = Charts.importChordsOverWords(String.join("\n", body));
		converted.warnings().forEach(w -> warnings.add(w.toString()));
		String chordpro = new ChartText().directive("title", title)
			.directive("artist", authors)
			.directive("copyright", copyright)
			.directive("ccli", ccli == null ? null : ccli.toString())
			.directive("key", key.isEmpty() ? null : key.get(0))
			.line("")
			.line(converted.chordpro())
			.text();
		SongDraft draft = ChordProFiles.read(source, chordpro);
		List<String> all = new ArrayList<>(warnings);
		all.addAll(draft.warnings());
		return new SongDraft(source, draft.title(), draft.authors(), draft.copyright(), draft.ccliNumber(), draft.key(),
				draft.tempo(), draft.timeSignature(), draft.tags(), draft.chordpro(), all);
	}

}
