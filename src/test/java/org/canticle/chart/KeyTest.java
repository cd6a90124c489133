package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTest {

	@ParameterizedTest
	@CsvSource({ "G,G,false", "Bb,Bb,false", "F#m,F#m,true", "Ebm,Ebm,true", "bb,Bb,false", "f#m,F#m,true",
			"' A minor ',Am,true", "C major,C,false", "D♭,Db,false", "Am,Am,true", "c#,C#,false" })
	void parsesAndPrintsCanonically(String text, String canonical, boolean minor) {
		Key key = Key.parse(text);
		assertThat(key.toString()).isEqualTo(canonical);
		assertThat(key.minor()).isEqualTo(minor);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "H", "X#", "G##", "Gsus", "12", "Cmaj7" })
	void rejectsWhatIsNotAKey(String text) {
		assertThatThrownBy(() -> Key.parse(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Not a key")
			.hasMessageContaining(text);
		assertThat(Key.tryParse(text)).isEmpty();
	}

	@Test
	void nullIsNotAKey() {
		assertThatThrownBy(() -> Key.parse(null)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Key.tryParse(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "F", "Bb", "Eb", "Ab", "Db", "Gb", "Dm", "Gm", "Cm", "Fm", "Bbm", "Ebm" })
	void flatKeys(String key) {
		assertThat(Key.parse(key).prefersFlats()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "C", "G", "D", "A", "E", "B", "F#", "C#", "Am", "Em", "Bm", "F#m", "C#m", "G#m", "D#m" })
	void sharpOrNaturalKeys(String key) {
		assertThat(Key.parse(key).prefersFlats()).isFalse();
	}

	@Test
	void enharmonicKeysAreDifferentSpellingsOfOnePitch() {
		assertThat(Key.parse("F#").pitchClass()).isEqualTo(Key.parse("Gb").pitchClass());
		assertThat(Key.parse("F#")).isNotEqualTo(Key.parse("Gb"));
		assertThat(Key.parse("C#").pitchClass()).isEqualTo(Key.parse("Db").pitchClass());
	}

	@Test
	void chartFormatParsesCaseInsensitively() {
		assertThat(ChartFormat.tryParse("html")).contains(ChartFormat.HTML);
		assertThat(ChartFormat.tryParse(" Nashville ")).contains(ChartFormat.NASHVILLE);
		assertThat(ChartFormat.tryParse("pdf")).isEmpty();
		assertThat(ChartFormat.tryParse(null)).isEmpty();
	}

}
