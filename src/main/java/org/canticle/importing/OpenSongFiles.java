package org.canticle.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * OpenSong song files: XML {@code <song>} with title, author, copyright, ccli, key,
 * tempo, time_sig, theme, presentation (the order) and lyrics in OpenSong's own layout:
 * {@code [V1]} headings, {@code .}-prefixed chord lines over space-prefixed lyric lines,
 * {@code ;} comments, and digit-prefixed lines for verses that share chords. The lyrics
 * are turned into chords-over-words text and go through the chart engine's importer.
 */
final class OpenSongFiles {

	private static final Pattern HEADING = Pattern.compile("\\[([^]]+)]");

	private OpenSongFiles() {
	}

	static boolean looksLikeOpenSong(String head) {
		return head.contains("<song") && head.contains("<lyrics") && !head.contains(OpenLyricsReader.NAMESPACE)
				&& !head.contains("<verse");
	}

	static SongDraft read(String source, byte[] content, List<String> warnings) {
		Document document = SecureXml.parse(content);
		Element song = document.getDocumentElement();
		if (!"song".equals(OpenLyricsReader.local(song))) {
			throw new ImportRefusedException(
					"not an OpenSong song: the root element is <" + OpenLyricsReader.local(song) + ">", 1);
		}
		String title = OpenLyricsReader.text(OpenLyricsReader.child(song, "title"));
		if (title.isBlank()) {
			title = Metadata.baseName(source);
			warnings.add("no title: named after the file");
		}
		String authors = Metadata.joinAuthors(Metadata.splitAuthors(field(song, "author")));
		String key = Metadata.key(field(song, "key"), warnings);
		Element lyricsElement = OpenLyricsReader.child(song, "lyrics");
		String lyrics = lyricsElement == null ? "" : lyricsElement.getTextContent();
		List<String> tags = new ArrayList<>();
		for (String name : List.of("theme", "alttheme")) {
			for (String theme : field(song, name).split("[;,]")) {
				tags.add(theme);
			}
		}
		String text = chordsOverWords(lyrics, field(song, "presentation"));
		var converted = org.canticle.chart.Charts.importChordsOverWords(text);
		converted.warnings().forEach(w -> warnings.add(w.toString()));
		String ccli = field(song, "ccli");
		String chordpro = new ChartText().directive("title", title)
			.directive("artist", authors)
			.directive("copyright", field(song, "copyright"))
			.directive("ccli", ccli)
			.directive("key", key)
			.line("")
			.line(converted.chordpro())
			.text();
		return new SongDraft(source, title, authors, field(song, "copyright"), Metadata.ccli(ccli), key,
				Metadata.tempo(numeric(field(song, "tempo")), warnings),
				Metadata.time(field(song, "time_sig"), warnings), Metadata.tags(tags, warnings), chordpro, warnings);
	}

	/**
	 * OpenSong's tempo is a word ("Moderate") as often as a number: only numbers are
	 * kept, silently.
	 */
	private static String numeric(String tempo) {
		return tempo.matches("\\s*\\d{2,3}.*") ? tempo : null;
	}

	private static String field(Element song, String name) {
		return OpenLyricsReader.text(OpenLyricsReader.child(song, name));
	}

	/**
	 * OpenSong lyrics as chords-over-words text, sections in presentation order when one
	 * is given.
	 */
	static String chordsOverWords(String lyrics, String presentation) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		String current = "V";
		List<String> untitled = new ArrayList<>();
		sections.put(current, untitled);
		for (String raw : lyrics.replace("\r\n", "\n").split("\n")) {
			String line = raw.replace("||", "").replace("|", " ");
			Matcher heading = HEADING.matcher(line.strip());
			if (heading.matches() && !line.startsWith(".") && !line.startsWith(" ")) {
				current = heading.group(1).strip();
				sections.put(current, new ArrayList<>());
				continue;
			}
			if (line.startsWith(";")) {
				continue;
			}
			sections.get(current).add(line);
		}
		if (untitled.stream().allMatch(String::isBlank)) {
			sections.remove("V");
		}
		List<String> order = new ArrayList<>();
		if (!presentation.isBlank()) {
			for (String name : presentation.strip().split("\\s+")) {
				if (sections.containsKey(name)) {
					order.add(name);
				}
			}
		}
		for (String name : sections.keySet()) {
			if (!order.contains(name)) {
				order.add(name);
			}
		}
		StringBuilder out = new StringBuilder();
		List<String> written = new ArrayList<>();
		for (String name : order) {
			if (written.contains(name)) {
				continue; // the chart lists each section once; the order of repeats is
							// the leader's to call
			}
			written.add(name);
			for (Map.Entry<String, List<String>> numbered : numbered(name, sections.get(name)).entrySet()) {
				out.append(heading(numbered.getKey())).append('\n');
				for (String line : numbered.getValue()) {
					out.append(line).append('\n');
				}
				out.append('\n');
			}
		}
		return out.toString();
	}

	/**
	 * A section's lines, split by verse number when its lyric lines start with digits:
	 * chord lines go to every verse, "1 text" to verse 1. The prefix column is dropped
	 * from every line, which keeps chords over their syllables.
	 */
	private static Map<String, List<String>> numbered(String name, List<String> lines) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		boolean hasNumbers = lines.stream().anyMatch(l -> !l.isEmpty() && Character.isDigit(l.charAt(0)));
		if (!hasNumbers) {
			List<String> plain = new ArrayList<>();
			for (String line : lines) {
				plain.add(line.isEmpty() ? "" : line.substring(1));
			}
			while (!plain.isEmpty() && plain.get(plain.size() - 1).isBlank()) {
				plain.remove(plain.size() - 1);
			}
			result.put(name, plain);
			return result;
		}
		List<String> chords = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith(".")) {
				chords.add(line.substring(1));
			}
			else if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
				String verse = name + line.charAt(0);
				List<String> target = result.computeIfAbsent(verse, k -> new ArrayList<>());
				String lastChords = chords.isEmpty() ? null : chords.get(chords.size() - 1);
				if (lastChords != null) {
					target.add(lastChords);
				}
				target.add(line.substring(1));
			}
			else if (line.isBlank()) {
				chords.clear();
			}
		}
		return result;
	}

	/**
	 * "V1" → "Verse 1", "C" → "Chorus", "B" → "Bridge", "P" → "Pre-Chorus", "T" → "Tag".
	 */
	private static String heading(String name) {
		String verseName = VerseNames.fromLabel(name);
		return verseName == null ? "[" + name + "]" : VerseNames.label(verseName);
	}

}
