package org.canticle.importing;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.canticle.chart.Chart;
import org.canticle.chart.Charts;
import org.canticle.chart.Chunk;
import org.canticle.chart.DirectiveLine;
import org.canticle.chart.Line;
import org.canticle.chart.LyricLine;
import org.canticle.chart.Section;
import org.canticle.song.Song;

/**
 * Writes a song as OpenLyrics 0.9: titles, authors (typed from the chart's lyricist and
 * composer directives), copyright, CCLI number, key, tempo, time signature, tags as
 * themes, song books, verse order, and verses with their chords as
 * {@code <chord name="…"/>}, the form every OpenLyrics reader understands.
 */
final class OpenLyricsWriter {

	private static final Pattern LANG_LABEL = Pattern.compile("(.*?)\\s*\\[([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)]");

	private static final Pattern SONGBOOK = Pattern.compile("songbook\\s+(.+?)(?:\\s+#(\\S+))?");

	private OpenLyricsWriter() {
	}

	record Verse(String name, String lang, List<List<Chunk>> lines) {
	}

	static String write(Song song, Instant now) {
		Chart chart = Charts.parse(song.chordpro());
		List<String> lyricists = new ArrayList<>();
		List<String> composers = new ArrayList<>();
		List<String[]> translators = new ArrayList<>();
		List<String[]> songbooks = new ArrayList<>();
		for (Line line : chart.lines()) {
			if (line instanceof DirectiveLine d) {
				switch (d.directive().name()) {
					case "lyricist" -> lyricists.add(d.directive().text());
					case "composer" -> composers.add(d.directive().text());
					case "meta" -> {
						String text = d.directive().text();
						if (text.startsWith("translator ")) {
							Matcher m = LANG_LABEL.matcher(text.substring(11).strip());
							translators.add(m.matches() ? new String[] { m.group(1), m.group(2) }
									: new String[] { text.substring(11).strip(), "" });
						}
						Matcher book = SONGBOOK.matcher(text);
						if (book.matches()) {
							songbooks.add(new String[] { book.group(1), book.group(2) });
						}
					}
					default -> {
					}
				}
			}
		}
		List<String> order = new ArrayList<>();
		Map<String, Verse> verses = verses(chart, order);
		String key = chart.key().map(Object::toString).orElse(song.key());
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("song");
			xml.writeDefaultNamespace(OpenLyricsReader.NAMESPACE);
			xml.writeAttribute("version", "0.9");
			xml.writeAttribute("createdIn", "Canticle");
			xml.writeAttribute("modifiedIn", "Canticle");
			xml.writeAttribute("modifiedDate", now.truncatedTo(ChronoUnit.SECONDS).toString());
			indent(xml, 1);
			xml.writeStartElement("properties");
			indent(xml, 2);
			xml.writeStartElement("titles");
			element(xml, 3, "title", song.title());
			indent(xml, 2);
			xml.writeEndElement();
			List<String> names = Metadata.splitAuthors(song.authors());
			if (!names.isEmpty() || !translators.isEmpty()) {
				indent(xml, 2);
				xml.writeStartElement("authors");
				for (String name : names) {
					boolean words = lyricists.contains(name);
					boolean music = composers.contains(name);
					if (words) {
						author(xml, name, "words", null);
					}
					if (music) {
						author(xml, name, "music", null);
					}
					if (!words && !music) {
						author(xml, name, null, null);
					}
				}
				for (String[] translator : translators) {
					author(xml, translator[0], "translation", translator[1]);
				}
				indent(xml, 2);
				xml.writeEndElement();
			}
			if (!song.copyright().isBlank()) {
				element(xml, 2, "copyright", song.copyright());
			}
			if (song.ccliNumber() != null) {
				element(xml, 2, "ccliNo", song.ccliNumber().toString());
			}
			if (key != null) {
				element(xml, 2, "key", key);
			}
			if (song.tempo() != null) {
				indent(xml, 2);
				xml.writeStartElement("tempo");
				xml.writeAttribute("type", "bpm");
				xml.writeCharacters(song.tempo().toString());
				xml.writeEndElement();
			}
			if (song.timeSignature() != null) {
				element(xml, 2, "timeSignature", song.timeSignature());
			}
			if (!order.isEmpty()) {
				element(xml, 2, "verseOrder", String.join(" ", order));
			}
			if (!songbooks.isEmpty()) {
				indent(xml, 2);
				xml.writeStartElement("songbooks");
				for (String[] book : songbooks) {
					indent(xml, 3);
					xml.writeEmptyElement("songbook");
					xml.writeAttribute("name", book[0]);
					if (book[1] != null) {
						xml.writeAttribute("entry", book[1]);
					}
				}
				indent(xml, 2);
				xml.writeEndElement();
			}
			if (!song.tags().isEmpty()) {
				indent(xml, 2);
				xml.writeStartElement("themes");
				for (String tag : song.tags()) {
					element(xml, 3, "theme", tag);
				}
				indent(xml, 2);
				xml.writeEndElement();
			}
			indent(xml, 1);
			xml.writeEndElement();
			indent(xml, 1);
			xml.writeStartElement("lyrics");
			for (Verse verse : verses.values()) {
				indent(xml, 2);
				xml.writeStartElement("verse");
				xml.writeAttribute("name", verse.name());
				if (!verse.lang().isEmpty()) {
					xml.writeAttribute("lang", verse.lang());
				}
				indent(xml, 3);
				xml.writeStartElement("lines");
				for (int i = 0; i < verse.lines().size(); i++) {
					if (i > 0) {
						xml.writeEmptyElement("br");
					}
					for (Chunk chunk : verse.lines().get(i)) {
						if (chunk.hasChord()) {
							xml.writeEmptyElement("chord");
							xml.writeAttribute("name", chunk.chord());
						}
						xml.writeCharacters(chunk.lyric());
					}
				}
				xml.writeEndElement();
				indent(xml, 2);
				xml.writeEndElement();
			}
			indent(xml, 1);
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("could not write OpenLyrics", ex);
		}
	}

	/**
	 * The chart's sections as named verses, in the order first met; {@code order} gets
	 * the sung order, where a section repeated under the same label and a {chorus} recall
	 * name the verse again.
	 */
	static Map<String, Verse> verses(Chart chart, List<String> order) {
		Map<String, Verse> verses = new LinkedHashMap<>();
		Map<Character, Integer> counters = new LinkedHashMap<>();
		String lastChorus = null;
		for (Section section : chart.sections()) {
			if (section.verbatim()) {
				continue;
			}
			if (!section.explicit()) {
				// lines outside sections: recalled choruses, and verses separated by
				// blank lines
				List<List<Chunk>> block = new ArrayList<>();
				for (Line line : section.lines()) {
					if (line instanceof DirectiveLine d && d.directive().name().equals("chorus")) {
						flush(verses, order, counters, 'v', block);
						String name = VerseNames.fromLabel(d.directive().label());
						String recalled = name != null ? name : lastChorus != null ? lastChorus : "c";
						order.add(recalled);
					}
					else if (line instanceof LyricLine lyric) {
						if (lyric.blank()) {
							flush(verses, order, counters, 'v', block);
						}
						else {
							block.add(lyric.chunks());
						}
					}
				}
				flush(verses, order, counters, 'v', block);
				continue;
			}
			String label = section.label();
			String lang = "";
			Matcher langLabel = LANG_LABEL.matcher(label);
			if (langLabel.matches()) {
				label = langLabel.group(1);
				lang = langLabel.group(2);
			}
			String name = VerseNames.fromLabel(label);
			char letter = section.kind().equals("chorus") ? 'c' : section.kind().equals("bridge") ? 'b' : 'v';
			if (name == null) {
				name = nextName(letter, counters, verses);
			}
			List<List<Chunk>> lines = new ArrayList<>();
			for (Line line : section.lines()) {
				if (line instanceof LyricLine lyric && !lyric.blank()) {
					lines.add(lyric.chunks());
				}
			}
			if (!lang.isEmpty()) {
				verses.putIfAbsent(name + "\u0000" + lang, new Verse(name, lang, lines));
				continue;
			}
			if (VerseNames.letter(name) == 'c') {
				lastChorus = name;
			}
			verses.putIfAbsent(name, new Verse(name, "", lines));
			order.add(name);
		}
		return verses;
	}

	private static void flush(Map<String, Verse> verses, List<String> order, Map<Character, Integer> counters,
			char letter, List<List<Chunk>> block) {
		if (block.isEmpty()) {
			return;
		}
		String name = nextName(letter, counters, verses);
		verses.put(name, new Verse(name, "", List.copyOf(block)));
		order.add(name);
		block.clear();
	}

	private static String nextName(char letter, Map<Character, Integer> counters, Map<String, Verse> verses) {
		String name;
		do {
			int n = counters.merge(letter, 1, Integer::sum);
			name = letter + String.valueOf(n);
		}
		while (verses.containsKey(name));
		return name;
	}

	private static void author(XMLStreamWriter xml, String name, String type, String lang) throws XMLStreamException {
		indent(xml, 3);
		xml.writeStartElement("author");
		if (type != null) {
			xml.writeAttribute("type", type);
		}
		if (lang != null && !lang.isEmpty()) {
			xml.writeAttribute("lang", lang);
		}
		xml.writeCharacters(name);
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
		indent(xml, depth);
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

}
