package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapoAdvisorTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "Eb,  1 D; 3 C; 6 A", "Ab,  1 G; 4 E; 6 D", "Bb,  1 A; 3 G; 6 E", "F#,  2 E; 4 D; 6 C",
			"Db,  1 C; 4 A; 6 G", "Gb,  2 E; 4 D; 6 C", "C#,  1 C; 4 A; 6 G", "B,   2 A; 4 G; 7 E",
			"F,   1 E; 3 D; 5 C", "Bbm, 1 Am; 6 Em", "Ebm, 1 Dm; 6 Am", "G#m, 4 Em; 6 Dm", "F#m, 2 Em; 4 Dm",
			"Cm,  3 Am; 5 Gm?" })
	void suggestsOpenShapesLowestFretFirst(String key, String expected) {
		List<String> actual = Charts.capoSuggestions(Key.parse(key))
			.stream()
			.map(s -> s.fret() + " " + s.shapeKey())
			.toList();
		List<String> wanted = java.util.Arrays.stream(expected.split(";"))
			.map(String::strip)
			.filter(s -> !s.endsWith("?"))
			.toList();
		assertThat(actual).containsExactlyElementsOf(wanted);
	}

	@ParameterizedTest
	@ValueSource(strings = { "C", "G", "D", "A", "E", "Am", "Em", "Dm" })
	void easyKeysNeedNoCapo(String key) {
		assertThat(Charts.capoSuggestions(Key.parse(key))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Eb" })
	void nullKeyGivesNothing(String ignored) {
		assertThat(Charts.capoSuggestions(null)).isEmpty();
	}

}
