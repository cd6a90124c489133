package org.canticle.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.canticle.chart.Charts;
import org.canticle.chart.ChartFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SongFilesTest {

	static final SafeZip.Limits LIMITS = new SafeZip.Limits(5000, 200L * 1024 * 1024, 100);

	record Result(List<SongDraft> drafts, List<Refusal> refusals) {

		SongDraft only() {
			assertThat(refusals).isEmpty();
			assertThat(drafts).hasSize(1);
			return drafts.get(0);
		}

	}

	static Result parse(String name, byte[] content) {
		return parse(name, content, LIMITS);
	}

	static Result parse(String name, byte[] content, SafeZip.Limits limits) {
		List<SongDraft> drafts = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		SongFiles.parse(name, content, limits, drafts::add, refusals::add);
		return new Result(drafts, refusals);
	}

	static byte[] resource(String name) {
		try (InputStream in = SongFilesTest.class.getResourceAsStream("/importing/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] zip(String... namesAndContents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void openLyrics08GivesMetadataVerseOrderAndChords() {
		SongDraft song = parse("amazing-grace.xml", resource("amazing-grace-0.8.xml")).only();
		assertThat(song.title()).isEqualTo("Amazing Grace");
		assertThat(song.authors()).isEqualTo("John Newton, Traditional");
		assertThat(song.copyright()).isEqualTo("Public Domain");
		assertThat(song.ccliNumber()).isEqualTo(22025L);
		assertThat(song.key()).isEqualTo("G");
		assertThat(song.tempo()).isEqualTo(72);
		assertThat(song.timeSignature()).isEqualTo("3/4");
		assertThat(song.tags()).containsExactly("grace", "hymn");
		assertThat(song.chordpro()).contains("{lyricist: John Newton}", "{composer: Traditional}",
				"{meta: songbook Songs of Fellowship #48}", "{start_of_verse: Verse 1}",
				"[G]Amazing grace, how [C]sweet the [G]sound\nThat saved a wretch like [D]me",
				"{start_of_chorus: Chorus}", "My [G]chains are gone\nI've been set [Em]free", "{chorus: Chorus}",
				"And grace my fears re[D7]lieved");
		assertThat(song.chordpro().indexOf("Verse 2")).isLessThan(song.chordpro().indexOf("{chorus: Chorus}"));
	}

	@Test
	void openLyrics09ChordFormsAndASecondLanguageKeptAsItsOwnSection() {
		SongDraft song = parse("vision.xml", resource("be-thou-my-vision-0.9.xml")).only();
		assertThat(song.title()).isEqualTo("Be Thou My Vision");
		assertThat(song.tempo()).isNull();
		assertThat(song.chordpro()).contains("[D]Be thou my [G/D]vision, O [A7]Lord of my heart",
				"[Bm]Naught be all else to me, [F#m7]save that thou art", "{meta: translator Eleanor Hull [en]}");
		String chordpro = song.chordpro();
		assertThat(chordpro.indexOf("{start_of_verse: Verse 1 [ga]}")).isGreaterThan(chordpro.indexOf("Verse 2"));
		assertThat(chordpro).contains("Rop tú mo baile");
		assertThat(Charts.render(Charts.parse(chordpro), ChartFormat.LYRICS)).contains("Waking or sleeping");
	}

	@Test
	void malformedXmlIsRefusedWithItsLine() {
		Result result = parse("broken.xml", """
				<?xml version="1.0"?>
				<song xmlns="http://openlyrics.info/namespace/2009/song">
				  <lyrics><verse name="v1"><lines>unclosed</verse></lyrics>
				</song>
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(result.drafts()).isEmpty();
		assertThat(result.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.reason()).startsWith("malformed XML");
			assertThat(refusal.line()).isEqualTo(3);
		});
	}

	@Test
	void xmlWithAnExternalEntityIsRefusedAndNeverResolved() {
		Result result = parse("xxe.xml",
				"""
						<?xml version="1.0"?>
						<!DOCTYPE song [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
						<song xmlns="http://openlyrics.info/namespace/2009/song"><properties><titles><title>&xxe;</title></titles></properties>
						<lyrics><verse name="v1"><lines>x</lines></verse></lyrics></song>
						"""
					.getBytes(StandardCharsets.UTF_8));
		assertThat(result.drafts()).isEmpty();
		assertThat(result.refusals()).singleElement().extracting(Refusal::reason).asString().contains("DOCTYPE");
	}

	@Test
	void chordProDirectivesFillTheSongsFields() {
		SongDraft song = parse("song.chopro", """
				{title: Come Thou Fount}
				{artist: Robert Robinson}
				{composer: John Wyeth}
				{key: Eb}
				{tempo: 90}
				{time: 3/4}
				{ccli: 108389}
				{copyright: Public Domain}
				{meta: tags hymn, grace}

				[Eb]Come thou fount of [Ab]every blessing
				""".getBytes(StandardCharsets.UTF_8)).only();
		assertThat(song)
			.extracting(SongDraft::title, SongDraft::authors, SongDraft::key, SongDraft::tempo,
					SongDraft::timeSignature, SongDraft::ccliNumber, SongDraft::copyright)
			.containsExactly("Come Thou Fount", "Robert Robinson", "Eb", 90, "3/4", 108389L, "Public Domain");
		assertThat(song.tags()).containsExactly("hymn", "grace");
	}

	@Test
	void chordProWithoutTitleIsNamedAfterItsFile() {
		SongDraft song = parse("folder/My_Song.cho", "[G]Hello".getBytes(StandardCharsets.UTF_8)).only();
		assertThat(song.title()).isEqualTo("My Song");
	}

	@Test
	void windows1252TextIsDecodedWithAWarning() {
		SongDraft song = parse("latin1.cho", resource("latin1.cho")).only();
		assertThat(song.title()).isEqualTo("Café Song");
		assertThat(song.authors()).isEqualTo("Zoë");
		assertThat(song.chordpro()).contains("[G]Déjà vu, [C]naïve café");
		assertThat(song.warnings()).anyMatch(w -> w.contains("windows-1252"));
	}

	@Test
	void utf16WithByteOrderMarkIsRead() {
		byte[] body = "{title: Ünïcode}\n[G]Grüß Gott\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] content = new byte[body.length + 2];
		content[0] = (byte) 0xFF;
		content[1] = (byte) 0xFE;
		System.arraycopy(body, 0, content, 2, body.length);
		SongDraft song = parse("utf16.cho", content).only();
		assertThat(song.title()).isEqualTo("Ünïcode");
		assertThat(song.warnings()).isEmpty();
	}

	@Test
	void chordsOverWordsTextTakesItsTitleFromTheFirstLine() {
		SongDraft song = parse("it-is-well.txt", resource("chords-over-words.txt")).only();
		assertThat(song.title()).isEqualTo("It Is Well");
		assertThat(song.chordpro()).contains("[C]When peace[F] like a [C]river", "{start_of_verse");
	}

	@Test
	void songSelectTextFooterGivesCcliAuthorsAndCopyright() {
		SongDraft song = parse("blessed.txt", resource("songselect.txt")).only();
		assertThat(song.title()).isEqualTo("Blessed Be Your Name");
		assertThat(song.ccliNumber()).isEqualTo(3798438L);
		assertThat(song.authors()).isEqualTo("Beth Redman, Matt Redman");
		assertThat(song.copyright()).isEqualTo("2002 Thankyou Music");
		assertThat(song.chordpro()).contains("Blessed be the name of the Lord").doesNotContain("SongSelect");
	}

	@Test
	void songSelectUsrFileGivesSectionsFromFieldsAndWords() {
		SongDraft song = parse("hymn.usr", resource("hymn.usr")).only();
		assertThat(song.title()).isEqualTo("How Great Is Our God");
		assertThat(song.ccliNumber()).isEqualTo(4755360L);
		assertThat(song.authors()).isEqualTo("Chris Tomlin, Ed Cash, Jesse Reeves");
		assertThat(song.key()).isEqualTo("C");
		assertThat(song.tags()).containsExactly("majesty", "praise");
		assertThat(song.chordpro()).contains("{start_of_verse: Verse 1}\nThe splendor of the King\nClothed in majesty",
				"{start_of_chorus: Chorus}\nHow great is our God");
	}

	@Test
	void openSongFileWithoutExtensionKeepsChordsOverTheirSyllables() {
		SongDraft song = parse("Holy Holy Holy", resource("opensong-song")).only();
		assertThat(song.title()).isEqualTo("Holy Holy Holy");
		assertThat(song.authors()).isEqualTo("Reginald Heber, John B. Dykes");
		assertThat(song.ccliNumber()).isEqualTo(1156L);
		assertThat(song.key()).isEqualTo("D");
		assertThat(song.tempo()).isNull();
		assertThat(song.chordpro())
			.contains("[D]Holy, [Bm]holy, [G]holy, [D]Lord God Almighty", "[G]God in three [D]persons")
			.doesNotContain("this is a comment");
	}

	@Test
	void aZipOfManyFilesGivesEverySongAndRefusesTheBadOnesAlone() throws IOException {
		Result result = parse("songs.zip", zip("a.cho", "{title: A}\n[G]a", "sub/b.cho", "{title: B}\n[C]b", "bad.xml",
				"<song><lyrics>", "notes.pdf", "%PDF"));
		assertThat(result.drafts()).extracting(SongDraft::title).containsExactly("A", "B");
		assertThat(result.refusals()).extracting(Refusal::file)
			.containsExactly("songs.zip!bad.xml", "songs.zip!notes.pdf");
	}

	@Test
	void aPathTraversalEntryIsRefusedAndTheRestImported() throws IOException {
		Result result = parse("evil.zip", zip("../../etc/passwd", "root:x:0:0", "ok.cho", "{title: Fine}\n[G]ok"));
		assertThat(result.drafts()).extracting(SongDraft::title).containsExactly("Fine");
		assertThat(result.refusals()).singleElement().satisfies(refusal -> {
			assertThat(refusal.file()).isEqualTo("evil.zip!../../etc/passwd");
			assertThat(refusal.reason()).contains("path traversal");
		});
	}

	@Test
	void aZipBombIsRefusedAsAWholeWhileInflating() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("first.cho"));
			zip.write("{title: First}\n[G]x".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("bomb.txt"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		Result result = parse("bomb.zip", out.toByteArray());
		assertThat(result.drafts()).isEmpty();
		assertThat(result.refusals()).singleElement()
			.extracting(Refusal::reason)
			.asString()
			.contains("compression ratio");
	}

	@Test
	void aZipOverTheTotalSizeIsRefused() throws IOException {
		String big = "x".repeat(4000);
		Result result = parse("big.zip", zip("a.cho", big, "b.cho", big), new SafeZip.Limits(100, 5000, 1000));
		assertThat(result.refusals()).singleElement().extracting(Refusal::reason).asString().contains("over");
		assertThat(result.drafts()).isEmpty();
	}

	@Test
	void aZipWithTooManyEntriesIsRefused() throws IOException {
		Result result = parse("many.zip", zip("a.cho", "[G]a", "b.cho", "[G]b", "c.cho", "[G]c"),
				new SafeZip.Limits(2, 1_000_000, 100));
		assertThat(result.refusals()).singleElement()
			.extracting(Refusal::reason)
			.asString()
			.contains("more than 2 entries");
	}

	@Test
	void anUnknownFileTypeIsRefusedWithTheFormatsWeRead() {
		Result result = parse("photo.jpg", new byte[] { 1, 2, 3 });
		assertThat(result.refusals()).singleElement().extracting(Refusal::reason).asString().contains("OpenLyrics");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(parse("empty.cho", new byte[0]).refusals()).singleElement()
			.extracting(Refusal::reason)
			.isEqualTo("empty file");
	}

}
