package org.canticle.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CCLI SongSelect's .usr files: an INI-like file whose song section header carries the
 * CCLI number ({@code [S A22025]}), with Title, Author (names separated by |), Copyright,
 * Themes and Keys, and the lyrics as Fields (section names) and Words (section texts)
 * separated by {@code /t}, lines within a section by {@code /n}.
 */
final class SongSelectUsrFiles {

	private static final Pattern SONG_HEADER = Pattern.compile("\\[S\\s*A?(\\d+)]");

	private SongSelectUsrFiles() {
	}

	static boolean looksLikeUsr(String text) {
		return text.contains("[File]") || (text.contains("Title=") && text.contains("Words="));
	}

	static SongDraft read(String source, String text, List<String> warnings) {
		Map<String, String> values = new LinkedHashMap<>();
		Long ccli = null;
		int lineNumber = 0;
		int wordsLine = 0;
		for (String line : text.replace("\r\n", "\n").split("\n")) {
			lineNumber++;
			String stripped = line.strip();
			Matcher header = SONG_HEADER.matcher(stripped);
			if (header.matches()) {
				ccli = Metadata.ccli(header.group(1));
				continue;
			}
			int eq = stripped.indexOf('=');
			if (eq > 0 && !stripped.startsWith("[")) {
				String name = stripped.substring(0, eq).strip();
				values.putIfAbsent(name, stripped.substring(eq + 1));
				if (name.equals("Words")) {
					wordsLine = lineNumber;
				}
			}
		}
		String title = values.getOrDefault("Title", "").strip();
		if (title.isEmpty()) {
			throw new ImportRefusedException("SongSelect file without a Title= line");
		}
		if (!values.containsKey("Words")) {
			throw new ImportRefusedException("SongSelect file without a Words= line");
		}
		List<String> fields = split(values.getOrDefault("Fields", ""));
		List<String> words = split(values.get("Words"));
		if (!fields.isEmpty() && fields.size() != words.size()) {
			warnings.add("line " + wordsLine + ": " + fields.size() + " section names for " + words.size()
					+ " sections: the extra ones are named Verse");
		}
		String authors = Metadata.joinAuthors(Metadata.splitAuthors(values.getOrDefault("Author", "")));
		String key = Metadata.key(firstOf(values.getOrDefault("Keys", "")), warnings);
		List<String> tags = new ArrayList<>(split(values.getOrDefault("Themes", "")));
		ChartText chart = new ChartText().directive("title", title)
			.directive("artist", authors)
			.directive("copyright", values.getOrDefault("Copyright", ""))
			.directive("ccli", ccli == null ? null : ccli.toString())
			.directive("key", key);
		int verses = 0;
		for (int i = 0; i < words.size(); i++) {
			String field = i < fields.size() && !fields.get(i).isBlank() ? fields.get(i).strip()
					: "Verse " + (++verses);
			String name = VerseNames.fromLabel(field);
			String kind = name == null ? "verse" : VerseNames.kind(name);
			List<String> lines = Arrays.stream(words.get(i).split("/n")).map(String::strip).toList();
			chart.section(kind, field, lines);
		}
		return new SongDraft(source, title, authors, values.getOrDefault("Copyright", "").replace(" | ", "; "), ccli,
				key, null, null, Metadata.tags(tags, warnings), chart.text(), warnings);
	}

	private static List<String> split(String value) {
		List<String> parts = new ArrayList<>(Arrays.asList(value.split("/t", -1)));
		while (!parts.isEmpty() && parts.get(parts.size() - 1).isBlank()) {
			parts.remove(parts.size() - 1);
		}
		return parts;
	}

	private static String firstOf(String keys) {
		List<String> parts = split(keys);
		return parts.isEmpty() ? null : parts.get(0).strip();
	}

}
