package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canticle.chart.TransposeTest.chords;

import org.junit.jupiter.api.Test;

class NashvilleNumbersTest {

	@Test
	void majorKeyNumbers() {
		Chart chart = Charts.parse("{key: G}\n[G]a [C]b [D/F#]c [Em]d [Am7]e [F]f [Bb]g [C#m7b5]h [N.C.]i\n");
		assertThat(chords(chart.toNashville())).containsExactly("1", "4", "5/7", "6m", "2m7", "b7", "b3", "#4m7b5",
				"N.C.");
	}

	@Test
	void minorKeyNumbersCountFromTheMinorTonic() {
		Chart chart = Charts.parse("{key: Am}\n[Am]a [Dm]b [E7]c [F]d [G]e [C]f [E/G#]g\n");
		assertThat(chords(chart.toNashville())).containsExactly("1m", "4m", "57", "b6", "b7", "b3", "5/7");
	}

	@Test
	void flatKeyNumbers() {
		Chart chart = Charts.parse("{key: Eb}\n[Eb]a [Ab/C]b [Bb]c [Cm]d [Db]e\n");
		assertThat(chords(chart.toNashville())).containsExactly("1", "4/6", "5", "6m", "b7");
	}

	@Test
	void nashvilleFormatKeepsDirectivesAndRendersNumbers() {
		String rendered = Charts.render(Charts.parse("{title: T}\n{key: D}\n[D]la [A/C#]la\n"), ChartFormat.NASHVILLE);
		assertThat(rendered).isEqualTo("{title: T}\n{key: D}\n[1]la [5/7]la\n");
	}

	@Test
	void nashvilleTextView() {
		String text = Charts.renderNashvilleText(Charts.parse("{key: C}\nA[C]mazing [Am]grace\n"));
		assertThat(text).isEqualTo("Key: C\n 1      6m\nAmazing grace\n");
	}

	@Test
	void numberedChartRendersInAnyKey() {
		Chart numbered = Charts.parse("{key: C}\n[1]a [4/6]b [6m7]c [b7]d [5/7]e\n");
		assertThat(chords(numbered.withLetters())).containsExactly("C", "F/A", "Am7", "Bb", "G/B");
		assertThat(chords(numbered.transposeTo(Key.parse("E")))).containsExactly("E", "A/C#", "C#m7", "D", "B/D#");
		assertThat(chords(numbered.transposeTo(Key.parse("Bb")))).containsExactly("Bb", "Eb/G", "Gm7", "Ab", "F/A");
		assertThat(chords(numbered.transposeTo(Key.parse("F#")))).containsExactly("F#", "B/D#", "D#m7", "E", "C#/F");
	}

	@Test
	void midSongKeyChangeRestartsTheNumbers() {
		Chart chart = Charts.parse("{key: G}\n[G]a [D]b\n{key: A}\n[A]c [E]d [D]e\n");
		assertThat(chords(chart.toNashville())).containsExactly("1", "5", "1", "5", "4");
		Chart numbered = Charts.parse("{key: G}\n[1]a [5]b\n{key: A}\n[1]c [5]d\n");
		assertThat(chords(numbered.withLetters())).containsExactly("G", "D", "A", "E");
	}

	@Test
	void numbersDoNotChangeWithCapoOrTransposition() {
		Chart chart = Charts.parse("{key: Eb}\n[Eb]a [Ab]b [Bb/D]c [Cm]d\n");
		assertThat(chords(chart.withCapo(3).toNashville())).isEqualTo(chords(chart.toNashville()));
		assertThat(chords(chart.transpose(5).toNashville())).isEqualTo(chords(chart.toNashville()));
	}

	@Test
	void chartWithoutKeyUsesAssumedKeyOrFirstChord() {
		Chart chart = Charts.parse("[D]a [G]b [A]c\n");
		assertThat(chords(chart.toNashville())).containsExactly("1", "4", "5");
		assertThat(chords(chart.toNashville(Key.parse("A")))).containsExactly("4", "b7", "1");
		assertThat(Charts.parse("no chords here\n").toNashville().lines()).hasSize(1);
	}

}
