package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChordsOverWordsImporterTest {

	private static String chordpro(String text) {
		return Charts.importChordsOverWords(text).chordpro();
	}

	@Test
	void chordLineAboveLyricBecomesInlineChords() {
		assertThat(chordpro("""
				 G      G7         C         G
				Amazing grace, how sweet the sound
				""")).isEqualTo("A[G]mazing [G7]grace, how [C]sweet the [G]sound\n");
	}

	@Test
	void chordPastTheEndOfTheLyricPadsIt() {
		// D stands at column 10, just after the lyric; C at column 4 and Em at column 15,
		// both past "Hi"
		assertThat(chordpro("G         D\nHallelujah\n    C          Em\nHi\n"))
			.isEqualTo("[G]Hallelujah[D]\nHi  [C]" + " ".repeat(11) + "[Em]\n");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Verse 1|{start_of_verse: Verse 1}|{end_of_verse}",
			"[Chorus]|{start_of_chorus: Chorus}|{end_of_chorus}", "Chorus:|{start_of_chorus: Chorus}|{end_of_chorus}",
			"BRIDGE|{start_of_bridge: BRIDGE}|{end_of_bridge}",
			"(Bridge 2)|{start_of_bridge: Bridge 2}|{end_of_bridge}",
			"Pre-Chorus|{start_of_prechorus: Pre-Chorus}|{end_of_prechorus}", "[Tag]|{start_of_tag: Tag}|{end_of_tag}",
			"Intro:|{start_of_intro: Intro}|{end_of_intro}", "Outro|{start_of_outro: Outro}|{end_of_outro}",
			"Instrumental|{start_of_instrumental: Instrumental}|{end_of_instrumental}",
			"Interlude|{start_of_interlude: Interlude}|{end_of_interlude}",
			"Ending|{start_of_ending: Ending}|{end_of_ending}", "Chorus x2|{start_of_chorus: Chorus}|{end_of_chorus}" })
	void headingsBecomeSections(String heading, String start, String end) {
		assertThat(chordpro(heading + "\nG\nla\n\nnext\n")).isEqualTo(start + "\n[G]la\n" + end + "\n\nnext\n");
	}

	@Test
	void sectionsEndAtTheNextHeading() {
		String result = chordpro("Verse 1\nC\nHi\n\nChorus\nG\nYo\n");
		assertThat(result).isEqualTo(
				"{start_of_verse: Verse 1}\n[C]Hi\n{end_of_verse}\n\n{start_of_chorus: Chorus}\n[G]Yo\n{end_of_chorus}\n");
		assertThat(Charts.parse(result).warnings()).isEmpty();
	}

	@Test
	void blankLinesRightAfterAHeadingStayInTheSection() {
		assertThat(chordpro("Chorus\n\nG\nla\n")).isEqualTo("{start_of_chorus: Chorus}\n\n[G]la\n{end_of_chorus}\n");
	}

	@Test
	void tabBlocksStayVerbatim() {
		assertThat(chordpro("Intro\ne|---3---|\nB|---0---|\nG|-------|\nG\nla\n")).isEqualTo("""
				{start_of_intro: Intro}
				{end_of_intro}
				{start_of_tab}
				e|---3---|
				B|---0---|
				G|-------|
				{end_of_tab}
				[G]la
				""");
	}

	@Test
	void chordLineWithoutLyricStaysAChordLine() {
		assertThat(chordpro("G   C   D\n\nG  C\nVerse 2\n"))
			.isEqualTo("[G]   [C]   [D]\n\n[G]  [C]\n{start_of_verse: Verse 2}\n{end_of_verse}\n");
		assertThat(chordpro("  Em   | C  | N.C. x2\n")).isEqualTo("  [Em]     [C]    [N.C.] [*x2]\n");
	}

	@Test
	void tabsTrailingWhitespaceAndCrlfAreHandled() {
		assertThat(chordpro("\tG   \r\nSing\tit   \r\n")).isEqualTo(
				"Sing\tit".replace("\t", "    ").replaceFirst("^", "").replace("Sing    it", "Sing    [G]it") + "\n");
	}

	@Test
	void metadataLinesAndCommentsBecomeDirectives() {
		assertThat(chordpro("Key: G\nCapo: 2\n(Repeat x2)\n")).isEqualTo("{key: G}\n{capo: 2}\n{comment: Repeat x2}\n");
	}

	@Test
	void lyricBracketsAreDefusedWithAWarning() {
		ChordsOverWordsImport result = Charts.importChordsOverWords("first\nsing [loud]\n");
		assertThat(result.chordpro()).isEqualTo("first\nsing (loud)\n");
		assertThat(result.warnings()).extracting(ParseWarning::line).containsExactly(2);
	}

	@Test
	void wordsThatLookLikeChordsInsideProseStayLyrics() {
		assertThat(chordpro("A mighty fortress\nGo tell it\n")).isEqualTo("A mighty fortress\nGo tell it\n");
	}

	@Test
	void nothingInNothingOut() {
		assertThat(chordpro(null)).isEmpty();
		assertThat(chordpro("  \n")).isEmpty();
	}

}
