package org.canticle.printing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import org.canticle.chart.Chart;
import org.canticle.chart.ChordParser;
import org.canticle.chart.DirectiveLine;
import org.canticle.chart.Line;
import org.canticle.chart.LyricLine;
import org.canticle.chart.Section;
import org.canticle.chart.VerbatimLine;

/**
 * Chord charts as PDF (OpenPDF): chords above lyrics in DejaVu Sans Mono, so every chord
 * stands over its syllable, with ♭ and ♯ in the chord names; or the lyrics alone in
 * DejaVu Sans for singers. The fonts are embedded from the application's own resources,
 * never the system's. Each song starts on a new page and each section is kept on one
 * page, so a song that fits on a page is never split.
 */
final class PdfCharts {

	/**
	 * A song as it goes on paper: its chart already in the key (and capo shapes) to
	 * print.
	 */
	record SongSheet(String title, String authors, String copyright, Long ccliNumber, String key, int capo,
			Integer tempo, String timeSignature, Chart chart) {
	}

	/** The cover of a plan: what, when, who, and the order of service. */
	record Cover(String title, LocalDate date, String leader, String notes, List<String> order) {
	}

	private static final byte[] SANS = resource("fonts/DejaVuSans.ttf");

	private static final byte[] SANS_BOLD = resource("fonts/DejaVuSans-Bold.ttf");

	private static final byte[] MONO = resource("fonts/DejaVuSansMono.ttf");

	private static final byte[] MONO_BOLD = resource("fonts/DejaVuSansMono-Bold.ttf");

	private static final Color CHORD_COLOR = new Color(0x1a, 0x3f, 0x8f);

	private static final Color MUTED = new Color(0x55, 0x55, 0x55);

	private final Font title;

	private final Font subtitle;

	private final Font heading;

	private final Font lyric;

	private final Font monoLyric;

	private final Font chord;

	private final Font small;

	private final Font comment;

	private PdfCharts() {
		// fonts are made per document: a BaseFont collects the glyphs its document uses
		BaseFont sans = font("DejaVuSans.ttf", SANS);
		BaseFont sansBold = font("DejaVuSans-Bold.ttf", SANS_BOLD);
		BaseFont mono = font("DejaVuSansMono.ttf", MONO);
		BaseFont monoBold = font("DejaVuSansMono-Bold.ttf", MONO_BOLD);
		title = new Font(sansBold, 17);
		subtitle = new Font(sans, 10, Font.NORMAL, MUTED);
		heading = new Font(sansBold, 10.5f);
		lyric = new Font(sans, 12);
		monoLyric = new Font(mono, 10.5f);
		chord = new Font(monoBold, 10.5f, Font.NORMAL, CHORD_COLOR);
		small = new Font(sans, 8, Font.NORMAL, MUTED);
		comment = new Font(sans, 10, Font.NORMAL, MUTED);
	}

	static byte[] songs(Cover cover, List<SongSheet> songs, boolean lyricsOnly) {
		return new PdfCharts().document(cover, songs, lyricsOnly);
	}

	private byte[] document(Cover cover, List<SongSheet> songs, boolean lyricsOnly) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 44, 44);
		try {
			PdfWriter.getInstance(document, out);
			document.addCreator("Canticle");
			document.addTitle(cover != null ? cover.title() : songs.isEmpty() ? "Canticle" : songs.get(0).title());
			document.open();
			boolean first = true;
			if (cover != null) {
				cover(document, cover);
				first = false;
			}
			for (SongSheet song : songs) {
				if (!first) {
					document.newPage();
				}
				first = false;
				song(document, song, lyricsOnly);
			}
			if (first) {
				document.add(new Paragraph("No songs.", subtitle));
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("could not write the PDF", ex);
		}
		return out.toByteArray();
	}

	private void cover(Document document, Cover cover) {
		document.add(new Paragraph(cover.title(), title));
		String when = cover.date().format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH));
		document.add(new Paragraph(when + (cover.leader() == null ? "" : " · led by " + cover.leader()), subtitle));
		if (cover.notes() != null && !cover.notes().isBlank()) {
			Paragraph notes = new Paragraph(cover.notes(), comment);
			notes.setSpacingBefore(8);
			document.add(notes);
		}
		Paragraph label = new Paragraph("Order of service", heading);
		label.setSpacingBefore(16);
		label.setSpacingAfter(6);
		document.add(label);
		for (String item : cover.order()) {
			Paragraph line = new Paragraph(chordSymbols(item), lyric);
			line.setSpacingAfter(3);
			document.add(line);
		}
	}

	private void song(Document document, SongSheet song, boolean lyricsOnly) {
		document.add(new Paragraph(song.title(), title));
		List<String> facts = new ArrayList<>();
		if (!song.authors().isBlank()) {
			facts.add(song.authors());
		}
		if (!lyricsOnly) {
			if (song.key() != null) {
				facts.add("Key " + chordSymbols(song.key()));
			}
			if (song.capo() > 0) {
				facts.add("Capo " + song.capo());
			}
			if (song.tempo() != null) {
				facts.add(song.tempo() + " bpm");
			}
			if (song.timeSignature() != null) {
				facts.add(song.timeSignature());
			}
		}
		if (!facts.isEmpty()) {
			document.add(new Paragraph(String.join(" · ", facts), subtitle));
		}
		for (Section section : song.chart().sections()) {
			Paragraph block = section(section, lyricsOnly);
			if (block != null) {
				document.add(block);
			}
		}
		List<String> footer = new ArrayList<>();
		if (!song.copyright().isBlank()) {
			footer.add("© " + song.copyright().replaceFirst("^©\\s*", ""));
		}
		if (song.ccliNumber() != null) {
			footer.add("CCLI Song # " + song.ccliNumber());
		}
		if (!footer.isEmpty()) {
			Paragraph credits = new Paragraph(String.join(" · ", footer), small);
			credits.setSpacingBefore(14);
			document.add(credits);
		}
	}

	/** A section as one paragraph kept on one page; null when nothing of it prints. */
	private Paragraph section(Section section, boolean lyricsOnly) {
		if (section.verbatim() && lyricsOnly) {
			return null;
		}
		Paragraph block = new Paragraph();
		block.setKeepTogether(true);
		block.setSpacingBefore(10);
		String label = section.label().isBlank() && section.explicit() && !section.verbatim()
				? capitalise(section.kind()) : section.label();
		boolean empty = true;
		if (!label.isBlank()) {
			block.add(new Chunk(label + "\n", heading));
		}
		for (Line line : section.lines()) {
			if (line instanceof LyricLine lyricLine) {
				empty &= !addLyricLine(block, lyricLine, lyricsOnly);
			}
			else if (line instanceof VerbatimLine verbatim && section.verbatim()) {
				block.add(new Chunk(verbatim.text() + "\n", monoLyric));
				empty = false;
			}
			else if (line instanceof DirectiveLine d) {
				if (d.directive().isComment() && !lyricsOnly) {
					block.add(new Chunk("(" + d.directive().text() + ")\n", comment));
					empty = false;
				}
				else if (d.directive().name().equals("chorus")) {
					String recall = d.directive().label().isBlank() ? "Chorus" : d.directive().label();
					block.add(new Chunk(recall + "\n", heading));
					empty = false;
				}
			}
		}
		return empty && label.isBlank() ? null : block;
	}

	/**
	 * @return whether anything was added
	 */
	private boolean addLyricLine(Paragraph block, LyricLine line, boolean lyricsOnly) {
		if (lyricsOnly) {
			if (line.chordsOnly()) {
				return false;
			}
			block.add(new Chunk(line.lyrics().strip() + "\n", lyric));
			return !line.blank();
		}
		if (!line.hasChords()) {
			block.add(new Chunk(line.lyrics().stripTrailing() + "\n", monoLyric));
			return !line.blank();
		}
		StringBuilder chords = new StringBuilder();
		StringBuilder words = new StringBuilder();
		for (org.canticle.chart.Chunk chunk : line.chunks()) {
			if (chunk.hasChord()) {
				String name = chordSymbols(chunk.chord());
				int column = Math.max(words.length(), chords.length() == 0 ? 0 : chords.length() + 1);
				char pad = midWord(words, chunk.lyric()) ? '-' : ' ';
				while (words.length() < column) {
					words.append(pad);
				}
				while (chords.length() < column) {
					chords.append(' ');
				}
				chords.append(name);
			}
			words.append(chunk.lyric());
		}
		block.add(new Chunk(chords.toString().stripTrailing() + "\n", chord));
		if (!line.chordsOnly()) {
			block.add(new Chunk(words.toString().stripTrailing() + "\n", monoLyric));
		}
		return true;
	}

	/**
	 * Bb → B♭, F#m7b5 → F♯m7♭5; anything that is not a chord (an annotation, a word)
	 * stays as written.
	 */
	static String chordSymbols(String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split("((?<= )|(?= ))")) {
			boolean isChord = !word.isBlank() && ChordParser.parseChord(word.replaceAll("[()]", "")).isPresent();
			out.append(isChord ? word.replace('b', '♭').replace('#', '♯') : word);
		}
		return out.toString();
	}

	private static boolean midWord(CharSequence before, String after) {
		return before.length() > 0 && Character.isLetterOrDigit(before.charAt(before.length() - 1)) && !after.isEmpty()
				&& Character.isLetterOrDigit(after.charAt(0));
	}

	private static String capitalise(String kind) {
		String spaced = kind.replace('_', ' ');
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static BaseFont font(String name, byte[] bytes) {
		try {
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("could not load the font " + name, ex);
		}
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfCharts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
