package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Importing the TEXT rendering of a chart gives back every lyric and every chord on its
 * syllable. Rendering may push lyrics apart with spaces and dashes, so lyrics are
 * compared without whitespace and dashes, and each chord by the index of the lyric
 * character it stands on.
 */
class ChordsOverWordsImportProperties {

	record Placed(String chord, int at) {
	}

	record LineShape(String lyric, List<Placed> chords) {
	}

	@Property(tries = 200)
	void textRenderingImportsBackToTheSameChart(@ForAll("charts") String text) {
		Chart original = Charts.parse(text);
		String rendered = Charts.render(original, ChartFormat.TEXT);
		Chart imported = Charts.parse(Charts.importChordsOverWords(rendered).chordpro());
		assertThat(shapes(imported)).isEqualTo(shapes(original));
		assertThat(sections(imported)).isEqualTo(sections(original));
		assertThat(imported.warnings()).isEmpty();
	}

	static List<LineShape> shapes(Chart chart) {
		List<LineShape> result = new ArrayList<>();
		for (Line line : chart.lines()) {
			if (line instanceof LyricLine lyricLine && !lyricLine.blank()) {
				StringBuilder lyric = new StringBuilder();
				List<Placed> chords = new ArrayList<>();
				for (Chunk chunk : lyricLine.chunks()) {
					if (chunk.hasChord()) {
						chords.add(new Placed(chunk.chord(), lyric.length()));
					}
					for (char c : chunk.lyric().toCharArray()) {
						if (!Character.isWhitespace(c) && c != '-') {
							lyric.append(c);
						}
					}
				}
				result.add(new LineShape(lyric.toString(), chords));
			}
		}
		return result;
	}

	static List<String> sections(Chart chart) {
		return chart.sections().stream().filter(Section::explicit).map(s -> s.kind() + ":" + s.label()).toList();
	}

	@Provide
	Arbitrary<String> charts() {
		Arbitrary<String> chords = Arbitraries.of(ChartGenerators.IMPORT_CHORDS);
		Arbitrary<String> line = Arbitraries.oneOf(ChartGenerators.lyricLineWithChords(chords),
				ChartGenerators.lyricLineWithChords(chords), ChartGenerators.chordsOnlyLine(chords));
		Arbitrary<String> section = Arbitraries.of("verse:Verse 1", "verse:Verse 2", "chorus:Chorus", "bridge:Bridge")
			.flatMap(kindAndLabel -> line.list().ofMinSize(1).ofMaxSize(4).map(lines -> {
				String[] parts = kindAndLabel.split(":");
				return "{start_of_" + parts[0] + ": " + parts[1] + "}\n" + String.join("\n", lines) + "\n{end_of_"
						+ parts[0] + "}\n";
			}));
		Arbitrary<String> block = Arbitraries.oneOf(section, line.map(l -> l + "\n"));
		return block.list().ofMinSize(1).ofMaxSize(6).map(blocks -> String.join("\n", blocks));
	}

}
