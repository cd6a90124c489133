package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * render(parse(x), CHORDPRO) == x. Line endings are documented to come back as \n, so
 * generated text uses \n only.
 */
class ChordProRoundTripProperties {

	@Property(tries = 200)
	void validChartsRoundTripWithoutWarnings(@ForAll("charts") String chart) {
		Chart parsed = Charts.parse(chart);
		assertThat(Charts.render(parsed, ChartFormat.CHORDPRO)).isEqualTo(chart);
		assertThat(parsed.warnings()).isEmpty();
	}

	@Property(tries = 200)
	void anyTextRoundTrips(@ForAll("anyText") String text) {
		assertThat(Charts.render(Charts.parse(text), ChartFormat.CHORDPRO)).isEqualTo(text);
	}

	@Provide
	Arbitrary<String> anyText() {
		return Arbitraries.strings().withChars("[]{}#:abcGm7/ *\n\t<>&\"").ofMaxLength(80);
	}

	@Provide
	Arbitrary<String> charts() {
		Arbitrary<String> chords = Arbitraries.oneOf(Arbitraries.of(ChartGenerators.IMPORT_CHORDS),
				Arbitraries.of("N.C.", "*Riff", "x", "%", "1", "4/6", "6m7", "b7"));
		Arbitrary<String> metadata = Arbitraries
			.of("title", "t", "subtitle", "st", "artist", "composer", "lyricist", "copyright", "tempo", "time", "ccli",
					"album", "year", "duration")
			.flatMap(name -> ChartGenerators.words(1, 3).map(v -> "{" + name + ": " + v + "}"));
		Arbitrary<String> key = Arbitraries.of(ChartGenerators.KEYS).map(k -> "{key: " + k.name() + "}");
		Arbitrary<String> comment = Arbitraries.of("c", "comment", "ci", "comment_italic", "highlight")
			.flatMap(name -> ChartGenerators.words(1, 4).map(v -> "{" + name + ": " + v + "}"));
		Arbitrary<String> lyric = Arbitraries.oneOf(ChartGenerators.lyricLineWithChords(chords),
				ChartGenerators.chordsOnlyLine(chords), ChartGenerators.words(0, 6), Arbitraries.just(""),
				Arbitraries.just("# a comment line"), Arbitraries.just("{chorus}"));
		Arbitrary<List<String>> body = Arbitraries.oneOf(lyric, comment).list().ofMaxSize(5);
		Arbitrary<String> section = Arbitraries.of("verse", "chorus", "bridge")
			.flatMap(kind -> Arbitraries.of("", ": Verse 2", " label=\"Part 2\"")
				.flatMap(label -> body.map(lines -> "{start_of_" + kind + label + "}\n" + String.join("\n", lines)
						+ (lines.isEmpty() ? "" : "\n") + "{end_of_" + kind + "}")));
		Arbitrary<String> tab = Arbitraries.of("e|---3---|", "B|-1-[x]-|", "{weird")
			.list()
			.ofMaxSize(3)
			.map(lines -> "{sot}\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n") + "{eot}");
		Arbitrary<String> block = Arbitraries.oneOf(metadata, key, comment, lyric, section, tab);
		return block.list()
			.ofMinSize(1)
			.ofMaxSize(12)
			.flatMap(blocks -> Arbitraries.of("", "\n").map(end -> String.join("\n", blocks) + end));
	}

}
