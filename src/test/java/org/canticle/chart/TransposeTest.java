package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransposeTest {

	/** I IV V vi ii and V over its third, in G. */
	static final String MAJOR = "{key: G}\n[G]a [C]b [D]c [Em]d [Am]e [D/F#]f\n";

	/** i iv v VI VII and V7, in Em. */
	static final String MINOR = "{key: Em}\n[Em]a [Am]b [Bm]c [C]d [D]e [B7]f\n";

	static List<String> chords(Chart chart) {
		List<String> result = new ArrayList<>();
		for (Line line : chart.lines()) {
			if (line instanceof LyricLine lyricLine) {
				lyricLine.chunks().stream().filter(Chunk::hasChord).forEach(c -> result.add(c.chord()));
			}
		}
		return result;
	}

	@ParameterizedTest(name = "G chart into {0}")
	@CsvSource({ "C,  C F G Am Dm G/B", "Db, Db Gb Ab Bbm Ebm Ab/C", "D,  D G A Bm Em A/C#", "Eb, Eb Ab Bb Cm Fm Bb/D",
			"E,  E A B C#m F#m B/D#", "F,  F Bb C Dm Gm C/E", "F#, F# B C# D#m G#m C#/F", "Gb, Gb B Db Ebm Abm Db/F",
			"G,  G C D Em Am D/F#", "Ab, Ab Db Eb Fm Bbm Eb/G", "A,  A D E F#m Bm E/G#", "Bb, Bb Eb F Gm Cm F/A",
			"B,  B E F# G#m C#m F#/A#", "C#, C# F# G# A#m D#m G#/C" })
	void majorKeysAreSpelledForTheTargetKey(String key, String expected) {
		Chart moved = Charts.parse(MAJOR).transposeTo(Key.parse(key));
		assertThat(chords(moved)).containsExactly(expected.trim().split(" +"));
		assertThat(moved.key()).contains(Key.parse(key));
		assertThat(Charts.render(moved, ChartFormat.CHORDPRO)).startsWith("{key: " + key + "}\n");
	}

	@ParameterizedTest(name = "Em chart into {0}")
	@CsvSource({ "Am,  Am Dm Em F G E7", "Bbm, Bbm Ebm Fm Gb Ab F7", "Bm,  Bm Em F#m G A F#7", "Cm,  Cm Fm Gm Ab Bb G7",
			"C#m, C#m F#m G#m A B G#7", "Dm,  Dm Gm Am Bb C A7", "Ebm, Ebm Abm Bbm B Db Bb7",
			"D#m, D#m G#m A#m B C# A#7", "Em,  Em Am Bm C D B7", "Fm,  Fm Bbm Cm Db Eb C7", "F#m, F#m Bm C#m D E C#7",
			"Gm,  Gm Cm Dm Eb F D7", "G#m, G#m C#m D#m E F# D#7" })
	void minorKeysAreSpelledForTheTargetKey(String key, String expected) {
		Chart moved = Charts.parse(MINOR).transposeTo(Key.parse(key));
		assertThat(chords(moved)).containsExactly(expected.trim().split(" +"));
		assertThat(moved.key()).contains(Key.parse(key));
	}

	@Test
	void semitoneTranspositionPicksConventionalKeySpelling() {
		Chart chart = Charts.parse(MAJOR);
		assertThat(chart.transpose(1).key()).contains(Key.parse("Ab"));
		assertThat(chords(chart.transpose(1))).containsExactly("Ab", "Db", "Eb", "Fm", "Bbm", "Eb/G");
		assertThat(chart.transpose(-1).key()).contains(Key.parse("F#"));
		assertThat(chords(chart.transpose(-1))).containsExactly("F#", "B", "C#", "D#m", "G#m", "C#/F");
		assertThat(chart.transpose(6).key()).contains(Key.parse("Db"));
		assertThat(chart.transpose(12)).isSameAs(chart);
	}

	@Test
	void enharmonicTargetsSpellDifferently() {
		Chart chart = Charts.parse("{key: E}\n[E]a [A]b [B/D#]c\n");
		assertThat(chords(chart.transposeTo(Key.parse("F#")))).containsExactly("F#", "B", "C#/F");
		assertThat(chords(chart.transposeTo(Key.parse("Gb")))).containsExactly("Gb", "B", "Db/F");
		assertThat(chords(chart.transposeTo(Key.parse("C#")))).containsExactly("C#", "F#", "G#/C");
		assertThat(chords(chart.transposeTo(Key.parse("Db")))).containsExactly("Db", "Gb", "Ab/C");
	}

	@Test
	void slashBassIsSpelledLikeItsChord() {
		Chart chart = Charts.parse("{key: C}\n[C/E]a [Am/G]b [F/A]c [G/B]d\n");
		assertThat(chords(chart.transposeTo(Key.parse("Eb")))).containsExactly("Eb/G", "Cm/Bb", "Ab/C", "Bb/D");
		assertThat(chords(chart.transposeTo(Key.parse("E")))).containsExactly("E/G#", "C#m/B", "A/C#", "B/D#");
	}

	@Test
	void qualitiesAndNonChordsSurvive() {
		Chart chart = Charts
			.parse("{key: C}\n[Cmaj7]a [Dm7b5]b [G7#9]c [C6/9]d [N.C.]e [*Riff]f [x]g [Fm(maj7)]h [Hmm]i\n");
		assertThat(chords(chart.transpose(2))).containsExactly("Dmaj7", "Em7b5", "A7#9", "D6/9", "N.C.", "*Riff", "x",
				"Gm(maj7)", "Hmm");
	}

	@Test
	void upAndDownGivesBackTheOriginalText() {
		String text = "{title: X}\n{key: Gb}\n[Gb]a [Cb]b [Db/F]c [Ebm7]d\n# kept\n{c: hi}\n";
		Chart chart = Charts.parse(text);
		for (int n = -11; n <= 11; n++) {
			assertThat(Charts.render(chart.transpose(n).transpose(-n), ChartFormat.CHORDPRO)).isEqualTo(text);
		}
		assertThat(Charts.render(chart.transposeTo(Key.parse("A")).transposeTo(Key.parse("Gb")), ChartFormat.CHORDPRO))
			.isEqualTo(text);
	}

	@Test
	void midSongKeyChangeMovesByTheSameInterval() {
		String text = "{key: G}\n[G]a [D/F#]b\n{key: A}\n[A]c [E/G#]d [F#m]e\n";
		Chart moved = Charts.parse(text).transposeTo(Key.parse("Bb"));
		assertThat(Charts.render(moved, ChartFormat.CHORDPRO))
			.isEqualTo("{key: Bb}\n[Bb]a [F/A]b\n{key: C}\n[C]c [G/B]d [Am]e\n");
		Chart down = Charts.parse(text).transpose(-2);
		assertThat(Charts.render(down, ChartFormat.CHORDPRO))
			.isEqualTo("{key: F}\n[F]a [C/E]b\n{key: G}\n[G]c [D/F#]d [Em]e\n");
	}

	@Test
	void chordsAfterAKeyChangeAreSpelledForTheNewKey() {
		Chart moved = Charts.parse("{key: C}\n[C]a\n{key: D}\n[D]b [F#m]c\n").transposeTo(Key.parse("Eb"));
		assertThat(chords(moved)).containsExactly("Eb", "F", "Am");
		assertThat(Charts.render(moved, ChartFormat.CHORDPRO)).contains("{key: F}");
	}

	@Test
	void chartWithoutKeyIsNotMovedByTransposeToUnlessAKeyIsAssumed() {
		Chart chart = Charts.parse("[G]a [C]b\n");
		assertThat(chart.transposeTo(Key.parse("A"))).isSameAs(chart);
		assertThat(chords(chart.transposeTo(Key.parse("Bb"), Key.parse("G")))).containsExactly("Bb", "Eb");
		assertThat(chords(Charts.parse("{key: D}\n[D]a\n").transposeTo(Key.parse("E"), Key.parse("G"))))
			.containsExactly("E");
	}

	@Test
	void chartWithoutKeyIsSpelledFromItsFirstChord() {
		Chart chart = Charts.parse("[F]a [Bb]b [C]c\n");
		// a transposition lands on F# (not Gb) whatever key it started from
		assertThat(chords(chart.transpose(1))).containsExactly("F#", "B", "C#");
		assertThat(chords(chart.transpose(2))).containsExactly("G", "C", "D");
		assertThat(chords(Charts.parse("[E]a [A]b\n").transpose(2))).containsExactly("F#", "B");
		assertThat(chords(chart.transpose(-2))).containsExactly("Eb", "Ab", "Bb");
	}

	@Test
	void capoShowsShapesForTheSoundingKey() {
		Chart chart = Charts.parse("{title: T}\n{key: Eb}\n[Eb]a [Ab]b [Bb/D]c [Cm]d\n");
		Chart capo3 = chart.withCapo(3);
		assertThat(chords(capo3)).containsExactly("C", "F", "G/B", "Am");
		assertThat(capo3.key()).contains(Key.parse("Eb"));
		assertThat(capo3.capo()).isEqualTo(3);
		assertThat(Charts.render(capo3, ChartFormat.CHORDPRO)).startsWith("{title: T}\n{key: Eb}\n{capo: 3}\n");
		assertThat(chords(chart.withCapo(1))).containsExactly("D", "G", "A/C#", "Bm");
		assertThat(chart.withCapo(3).withCapo(0)).isSameAs(chart);
	}

	@Test
	void capoReplacesAnExistingCapoDirective() {
		Chart chart = Charts.parse("{key: A}\n{capo: 2}\n[G]a [D]b\n");
		Chart none = chart.withCapo(0);
		assertThat(Charts.render(none, ChartFormat.CHORDPRO)).isEqualTo("{key: A}\n[A]a [E]b\n");
		assertThat(Charts.render(chart.withCapo(5), ChartFormat.CHORDPRO))
			.isEqualTo("{key: A}\n{capo: 5}\n[E]a [B]b\n");
	}

	@Test
	void capoThenTransposeKeepsShapesWithTheKey() {
		Chart chart = Charts.parse("{key: G}\n[G]a [C]b\n").transposeTo(Key.parse("Bb")).withCapo(3);
		assertThat(chords(chart)).containsExactly("G", "C");
		assertThat(chart.key()).contains(Key.parse("Bb"));
	}

	@Test
	void capoOutOfRangeIsRejected() {
		Chart chart = Charts.parse("{key: G}\n[G]a\n");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> chart.withCapo(12))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
