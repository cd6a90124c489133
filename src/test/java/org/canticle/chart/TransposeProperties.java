package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TransposeProperties {

	@Property(tries = 200)
	void upThenDownIsIdentity(@ForAll("keyedCharts") String text, @ForAll @IntRange(min = -11, max = 11) int n) {
		Chart chart = Charts.parse(text);
		assertThat(Charts.render(chart.transpose(n).transpose(-n), ChartFormat.CHORDPRO)).isEqualTo(text);
	}

	/**
	 * Stronger: the transposed text, saved and parsed again, transposes back to the
	 * original.
	 */
	@Property(tries = 200)
	void savedTranspositionTransposesBack(@ForAll("keyedCharts") String text,
			@ForAll @IntRange(min = -11, max = 11) int n) {
		String up = Charts.render(Charts.parse(text).transpose(n), ChartFormat.CHORDPRO);
		assertThat(Charts.render(Charts.parse(up).transpose(-n), ChartFormat.CHORDPRO)).isEqualTo(text);
	}

	@Property(tries = 200)
	void transposedChordsKeepTheirNumbers(@ForAll("keyedCharts") String text,
			@ForAll @IntRange(min = -11, max = 11) int n) {
		Chart chart = Charts.parse(text);
		assertThat(TransposeTest.chords(chart.transpose(n).toNashville()))
			.isEqualTo(TransposeTest.chords(chart.toNashville()));
	}

	@Property(tries = 200)
	void flatKeysGetNoSharpsAndSharpKeysNoFlats(@ForAll("keyedCharts") String text,
			@ForAll("targets") ChartGenerators.SpelledKey target) {
		Chart chart = Charts.parse(text);
		if (chart.key().orElseThrow().minor() != target.minor()) {
			return;
		}
		for (String chord : TransposeTest.chords(chart.transposeTo(Key.parse(target.name())))) {
			String roots = chord.replaceAll("(?<=[A-G])(b|#)?[^/]*", "$1");
			assertThat(roots).doesNotContain(target.flats() ? "#" : "b");
		}
	}

	@Provide
	Arbitrary<ChartGenerators.SpelledKey> targets() {
		return Arbitraries.of(ChartGenerators.KEYS);
	}

	@Provide
	Arbitrary<String> keyedCharts() {
		return Arbitraries.of(ChartGenerators.KEYS).flatMap(key -> {
			Arbitrary<String> chords = ChartGenerators.chordsIn(key);
			Arbitrary<String> line = Arbitraries.oneOf(ChartGenerators.lyricLineWithChords(chords),
					ChartGenerators.chordsOnlyLine(chords), Arbitraries.just("{c: comment}"), Arbitraries.just(""));
			return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(10), Arbitraries.of(true, false))
				.as((List<String> lines, Boolean title) -> (title ? "{title: Song}\n" : "") + "{key: " + key.name()
						+ "}\n" + String.join("\n", lines) + "\n");
		});
	}

}
