package org.canticle.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads OpenLyrics 0.8 and 0.9 songs (and the OpenLyrics-like lyrics XML that OpenLP
 * keeps in its database).
 * <p>
 * Languages: the language of the first verse is the song's. Its verses become the chart,
 * in verse order. Verses (or {@code <lines>}) in other languages are kept, after the
 * primary ones, as sections labelled with the language in brackets ("Verse 1 [de]"); the
 * OpenLyrics export writes them back with their {@code lang}.
 */
final class OpenLyricsReader {

	static final String NAMESPACE = "http://openlyrics.info/namespace/2009/song";

	private OpenLyricsReader() {
	}

	static boolean looksLikeOpenLyrics(String head) {
		return head.contains(NAMESPACE)
				|| (head.contains("<song") && head.contains("<lyrics") && head.contains("<verse"));
	}

	static SongDraft read(String source, byte[] content) {
		Document document = SecureXml.parse(content);
		Element song = document.getDocumentElement();
		if (!"song".equals(local(song))) {
			throw new ImportRefusedException("not an OpenLyrics song: the root element is <" + local(song) + ">", 1);
		}
		List<String> warnings = new ArrayList<>();
		Element properties = child(song, "properties");
		String title = properties == null ? "" : text(first(child(properties, "titles"), "title"));
		if (title.isBlank()) {
			title = Metadata.baseName(source);
			warnings.add("no title: named after the file");
		}
		ChartText chart = new ChartText().directive("title", title);
		List<String> authorNames = new ArrayList<>();
		String copyright = "";
		Long ccli = null;
		String key = null;
		Integer tempo = null;
		String time = null;
		List<String> tags = new ArrayList<>();
		List<String> verseOrder = List.of();
		if (properties != null) {
			for (Element author : children(child(properties, "authors"), "author")) {
				String name = text(author);
				if (name.isBlank()) {
					continue;
				}
				authorNames.add(name);
				String type = author.getAttribute("type").toLowerCase(Locale.ROOT);
				switch (type) {
					case "words" -> chart.directive("lyricist", name);
					case "music" -> chart.directive("composer", name);
					case "translation" -> chart.directive("meta", "translator " + name
							+ (author.hasAttribute("lang") ? " [" + author.getAttribute("lang") + "]" : ""));
					default -> {
					}
				}
			}
			copyright = text(child(properties, "copyright"));
			ccli = Metadata.ccli(text(child(properties, "ccliNo")));
			key = Metadata.key(text(child(properties, "key")), warnings);
			Element tempoElement = child(properties, "tempo");
			if (tempoElement != null && !"text".equalsIgnoreCase(tempoElement.getAttribute("type"))) {
				tempo = Metadata.tempo(text(tempoElement), warnings);
			}
			time = Metadata.time(text(child(properties, "timeSignature")), warnings);
			for (Element theme : children(child(properties, "themes"), "theme")) {
				tags.add(text(theme));
			}
			for (Element book : children(child(properties, "songbooks"), "songbook")) {
				String entry = book.getAttribute("entry");
				chart.directive("meta",
						"songbook " + book.getAttribute("name") + (entry.isBlank() ? "" : " #" + entry));
			}
			String order = text(child(properties, "verseOrder"));
			if (!order.isBlank()) {
				verseOrder = List.of(order.toLowerCase(Locale.ROOT).split("\\s+"));
			}
		}
		chart.directive("key", key);
		Element lyrics = child(song, "lyrics");
		if (lyrics == null) {
			throw new ImportRefusedException("no <lyrics> in this OpenLyrics song");
		}
		appendVerses(chart, readVerses(lyrics), verseOrder, warnings);
		return new SongDraft(source, title, Metadata.joinAuthors(authorNames), copyright, ccli, key, tempo, time,
				Metadata.tags(tags, warnings), chart.text(), warnings);
	}

	/** One verse in one language: its name and its lines in ChordPro. */
	record Verse(String name, String lang, List<String> lines) {
	}

	/**
	 * Verses in document order, grouped by (name, language); the primary language's come
	 * first.
	 */
	static List<Verse> readVerses(Element lyrics) {
		Map<String, Verse> verses = new LinkedHashMap<>();
		String primary = null;
		for (Element verse : children(lyrics, "verse")) {
			String name = verse.getAttribute("name");
			if (name.isBlank()) {
				// OpenLP's own lyrics XML: <verse type="v" label="1">
				name = verse.getAttribute("type") + verse.getAttribute("label");
			}
			name = name.isBlank() ? "v" + (verses.size() + 1) : name.toLowerCase(Locale.ROOT);
			String verseLang = verse.getAttribute("lang");
			if (primary == null) {
				primary = verseLang;
			}
			List<Element> groups = children(verse, "lines");
			if (groups.isEmpty()) {
				// OpenLP: the verse's own text (CDATA), lines separated by newlines
				addLines(verses, name, normaliseLang(verseLang, primary), openLpLines(verse.getTextContent()));
				continue;
			}
			for (Element lines : groups) {
				String lang = lines.hasAttribute("lang") ? lines.getAttribute("lang") : verseLang;
				addLines(verses, name, normaliseLang(lang, primary), lines(lines));
			}
		}
		List<Verse> ordered = new ArrayList<>();
		verses.values().stream().filter(v -> v.lang().isEmpty()).forEach(ordered::add);
		verses.values().stream().filter(v -> !v.lang().isEmpty()).forEach(ordered::add);
		return ordered;
	}

	private static String normaliseLang(String lang, String primary) {
		return lang == null || lang.isBlank() || lang.equalsIgnoreCase(primary) ? "" : lang;
	}

	private static void addLines(Map<String, Verse> verses, String name, String lang, List<String> lines) {
		verses.computeIfAbsent(name + "\u0000" + lang, k -> new Verse(name, lang, new ArrayList<>()))
			.lines()
			.addAll(lines);
	}

	/**
	 * Sections in verse order: the first time in full, a chorus sung again as {chorus},
	 * other repeats in full.
	 */
	static void appendVerses(ChartText chart, List<Verse> verses, List<String> verseOrder, List<String> warnings) {
		Map<String, Verse> primary = new LinkedHashMap<>();
		verses.stream().filter(v -> v.lang().isEmpty()).forEach(v -> primary.put(v.name(), v));
		List<String> order = new ArrayList<>();
		for (String name : verseOrder) {
			if (primary.containsKey(name)) {
				order.add(name);
			}
			else if (primary.containsKey(name + "1")) {
				order.add(name + "1");
			}
			else {
				warnings.add("verse order names '" + name + "', which the song does not have: left out");
			}
		}
		for (String name : primary.keySet()) {
			if (!order.contains(name)) {
				order.add(name);
			}
		}
		Set<String> written = new LinkedHashSet<>();
		for (String name : order) {
			Verse verse = primary.get(name);
			String kind = VerseNames.kind(name);
			if (written.add(name) || !kind.equals("chorus")) {
				chart.section(kind, VerseNames.label(name), verse.lines());
			}
			else {
				chart.blank().line("{chorus: " + VerseNames.label(name) + "}");
			}
		}
		for (Verse verse : verses) {
			if (!verse.lang().isEmpty()) {
				chart.section(VerseNames.kind(verse.name()), VerseNames.label(verse.name()) + " [" + verse.lang() + "]",
						verse.lines());
			}
		}
	}

	/**
	 * The lines of one {@code <lines>}: text with {@code <br/>
	 * } between lines and chords as [X].
	 */
	static List<String> lines(Element lines) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		walk(lines, current, result);
		result.add(current.toString());
		List<String> tidy = new ArrayList<>(result.stream().map(OpenLyricsReader::tidy).toList());
		while (!tidy.isEmpty() && tidy.get(tidy.size() - 1).isEmpty()) {
			tidy.remove(tidy.size() - 1);
		}
		while (!tidy.isEmpty() && tidy.get(0).isEmpty()) {
			tidy.remove(0);
		}
		return tidy;
	}

	private static void walk(Node node, StringBuilder current, List<String> result) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				// only <br/> breaks a line: the file's own line breaks and indentation
				// are layout
				current.append(child.getNodeValue().replaceAll("\\s+", " ").replace("[", "(").replace("]", ")"));
			}
			else if (child instanceof Element element) {
				switch (local(element)) {
					case "br" -> {
						result.add(current.toString());
						current.setLength(0);
					}
					case "chord" -> {
						String chord = chordName(element);
						if (!chord.isEmpty()) {
							current.append('[').append(chord).append(']');
						}
						walk(element, current, result);
					}
					case "comment" -> {
					}
					default -> walk(element, current, result);
				}
			}
		}
	}

	private static String tidy(String line) {
		return line.strip().replaceAll(" {2,}", " ");
	}

	/**
	 * OpenLP keeps a verse as text with [G] chords and {tag}…{/tag} formatting, [---]
	 * marking optional splits.
	 */
	static List<String> openLpLines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.strip().split("\\R", -1)) {
			String clean = line.replaceAll("\\{/?[a-zA-Z0-9_]+}", "").replace("[---]", "").replace("[--}{--]", "");
			if (clean.strip().equals("")) {
				if (!line.isBlank()) {
					continue;
				}
			}
			lines.add(clean.stripTrailing());
		}
		return lines;
	}

	/** 0.8 {@code name="F#m7"}; 0.9 {@code root="F#" structure="min7" bass="A"}. */
	static String chordName(Element chord) {
		String name = chord.getAttribute("name").strip();
		if (!name.isEmpty()) {
			return accidentals(name);
		}
		String root = accidentals(chord.getAttribute("root").strip());
		if (root.isEmpty()) {
			return "";
		}
		String bass = accidentals(chord.getAttribute("bass").strip());
		return root + structure(chord.getAttribute("structure").strip()) + (bass.isEmpty() ? "" : "/" + bass);
	}

	private static final Map<String, String> STRUCTURES = Map.ofEntries(Map.entry("", ""), Map.entry("maj", ""),
			Map.entry("major", ""), Map.entry("min", "m"), Map.entry("minor", "m"), Map.entry("dom7", "7"),
			Map.entry("7", "7"), Map.entry("maj7", "maj7"), Map.entry("min7", "m7"), Map.entry("dim", "dim"),
			Map.entry("dim7", "dim7"), Map.entry("aug", "aug"), Map.entry("sus2", "sus2"), Map.entry("sus4", "sus4"),
			Map.entry("dom7sus4", "7sus4"), Map.entry("7sus4", "7sus4"), Map.entry("min7b5", "m7b5"),
			Map.entry("halfdim7", "m7b5"), Map.entry("6", "6"), Map.entry("min6", "m6"), Map.entry("add9", "add9"),
			Map.entry("dom9", "9"), Map.entry("maj9", "maj9"), Map.entry("min9", "m9"), Map.entry("minmaj7", "m(maj7)"),
			Map.entry("5", "5"), Map.entry("power", "5"), Map.entry("dom11", "11"), Map.entry("dom13", "13"),
			Map.entry("add2", "add2"), Map.entry("majadd9", "add9"), Map.entry("minadd9", "madd9"));

	private static String structure(String structure) {
		String known = STRUCTURES.get(structure.toLowerCase(Locale.ROOT));
		return known != null ? known : structure;
	}

	private static String accidentals(String text) {
		return text.replace('♭', 'b').replace('♯', '#');
	}

	static String local(Node node) {
		return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
	}

	static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && local(element).equals(name)) {
				return element;
			}
		}
		return null;
	}

	static Element first(Element parent, String name) {
		return child(parent, name);
	}

	static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		if (parent != null) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element && local(element).equals(name)) {
					result.add(element);
				}
			}
		}
		return result;
	}

	static String text(Element element) {
		return element == null ? "" : element.getTextContent().replaceAll("\\s+", " ").strip();
	}

}
