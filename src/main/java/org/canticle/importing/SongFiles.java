package org.canticle.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.canticle.chart.Charts;

/**
 * Works out what a file is (by extension, then by content) and hands it to its reader.
 * Each file, and each entry of a zip, succeeds or is refused on its own; a refusal never
 * stops the others.
 */
final class SongFiles {

	static final Set<String> CHORDPRO = Set.of("cho", "chordpro", "chopro", "crd", "pro", "chord");

	private static final Set<String> SNIFFED = Set.of("", "xml", "txt", "usr", "sqlite", "sqlite3", "db", "zip",
			"openlyrics", "song", "opensong");

	private SongFiles() {
	}

	static void parse(String name, byte[] content, SafeZip.Limits limits, Consumer<SongDraft> drafts,
			Consumer<Refusal> refusals) {
		if (SafeZip.isZip(content)) {
			SafeZip.Contents contents;
			try {
				contents = SafeZip.read(name, new ByteArrayInputStream(content), limits);
			}
			catch (ImportRefusedException ex) {
				refusals.accept(new Refusal(name, ex.line(), ex.getMessage()));
				return;
			}
			contents.refusals().forEach(refusals);
			for (SafeZip.Entry entry : contents.entries()) {
				if (SafeZip.isZip(entry.content())) {
					refusals.accept(new Refusal(entry.name(), 0, "an archive inside an archive is not opened"));
				}
				else {
					parseOne(entry.name(), entry.content(), drafts, refusals);
				}
			}
			return;
		}
		parseOne(name, content, drafts, refusals);
	}

	private static void parseOne(String name, byte[] content, Consumer<SongDraft> drafts, Consumer<Refusal> refusals) {
		try {
			if (content.length == 0) {
				throw new ImportRefusedException("empty file");
			}
			if (OpenLpReader.isSqlite(content)) {
				OpenLpReader.read(name, content, draft -> drafts.accept(checked(draft)), refusals);
				return;
			}
			drafts.accept(checked(read(name, content)));
		}
		catch (ImportRefusedException ex) {
			refusals.accept(new Refusal(name, ex.line(), ex.getMessage()));
		}
	}

	static SongDraft read(String name, byte[] content) {
		String extension = extension(name);
		if (!CHORDPRO.contains(extension) && !SNIFFED.contains(extension)) {
			throw new ImportRefusedException("not a song file Canticle reads (." + extension
					+ "): OpenLyrics or OpenSong XML, ChordPro, text, SongSelect .usr, OpenLP songs.sqlite or a zip of them");
		}
		List<String> warnings = new ArrayList<>();
		String head = sniff(content);
		if (head.startsWith("<")) {
			if (OpenLyricsReader.looksLikeOpenLyrics(head)) {
				return OpenLyricsReader.read(name, content);
			}
			if (OpenSongFiles.looksLikeOpenSong(head)) {
				return OpenSongFiles.read(name, content, warnings);
			}
			// parsing gives malformed XML its line number; well-formed XML of another
			// kind is named as such
			SecureXml.parse(content);
			throw new ImportRefusedException("XML that is neither an OpenLyrics nor an OpenSong song", 1);
		}
		String text = TextDecoding.decode(content, warnings);
		if (text.indexOf('\0') >= 0) {
			throw new ImportRefusedException("a binary file, not text");
		}
		if (CHORDPRO.contains(extension) || (!extension.equals("txt") && looksLikeChordPro(text))) {
			SongDraft draft = ChordProFiles.read(name, text);
			warnings.addAll(draft.warnings());
			return withWarnings(draft, warnings);
		}
		if (extension.equals("usr") || SongSelectUsrFiles.looksLikeUsr(text)) {
			return SongSelectUsrFiles.read(name, text, warnings);
		}
		return PlainTextFiles.read(name, text, warnings);
	}

	/** A song with no lyrics and no chords is nothing to import. */
	private static SongDraft checked(SongDraft draft) {
		if (Charts.lyricsForSearch(draft.chordpro()).isBlank() && !draft.chordpro().contains("[")) {
			throw new ImportRefusedException("no lyrics or chords in this song");
		}
		return draft;
	}

	private static boolean looksLikeChordPro(String text) {
		return text.lines().limit(40).anyMatch(line -> line.strip().matches("\\{[a-zA-Z_]+(:.*)?}"));
	}

	private static SongDraft withWarnings(SongDraft draft, List<String> warnings) {
		return new SongDraft(draft.source(), draft.title(), draft.authors(), draft.copyright(), draft.ccliNumber(),
				draft.key(), draft.tempo(), draft.timeSignature(), draft.tags(), draft.chordpro(), warnings);
	}

	/**
	 * The first characters, BOM and leading white space skipped, for recognising XML
	 * (UTF-8 or UTF-16).
	 */
	private static String sniff(byte[] content) {
		int length = Math.min(content.length, 4096);
		String head;
		if (length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
				|| length >= 2 && content[1] == 0 && content[0] == '<')) {
			head = new String(content, 0, length, StandardCharsets.UTF_16LE);
		}
		else if (length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
				|| content[0] == 0 && content[1] == '<')) {
			head = new String(content, 0, length, StandardCharsets.UTF_16BE);
		}
		else {
			head = new String(content, 0, length, StandardCharsets.ISO_8859_1);
		}
		return head.replace("\uFEFF", "").replace("ï»¿", "").strip();
	}

	static String extension(String name) {
		String base = name
			.substring(Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('\\'), name.lastIndexOf('!'))) + 1);
		int dot = base.lastIndexOf('.');
		return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
