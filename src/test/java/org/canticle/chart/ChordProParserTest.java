package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChordProParserTest {

	static final String SONG = """
			{title: Amazing Grace}
			{st: Traditional}
			{artist: John Newton}
			{composer: Unknown}
			{lyricist: John Newton}
			{copyright: Public Domain}
			{key: G}
			{tempo: 72}
			{time: 3/4}
			{capo: 0}
			{ccli: 22025}
			{album: Hymns}
			{year: 1779}
			{duration: 4:05}
			# arranged for the evening service
			{c: Slowly}
			{start_of_verse: Verse 1}
			A[G]mazing [G7]grace, how [C]sweet the [G]sound
			That [G]saved a [Em]wretch like [D]me [*Riff]
			{end_of_verse}

			{start_of_verse label="Verse 2"}
			[G]'Twas grace that [N.C.]taught
			{eov}
			{soc}
			[C]Praise [D/F#]God
			{eoc}
			{sob: Bridge}
			[Em]Oh
			{eob}
			{sot}
			e|---3---[G]---|
			{eot}
			{sog}
			| G . . . | C . . . |
			{eog}
			{chorus}
			{ci: softer}
			{highlight: all together}
			{x_custom: kept}
			{some_future_directive: value with {braces}}
			""";

	@Test
	void rendersBackExactly() {
		assertThat(Charts.render(Charts.parse(SONG), ChartFormat.CHORDPRO)).isEqualTo(SONG);
	}

	@Test
	void readsMetadata() {
		Chart chart = Charts.parse(SONG);
		assertThat(chart.title()).isEqualTo("Amazing Grace");
		assertThat(chart.meta("subtitle")).contains("Traditional");
		assertThat(chart.meta("st")).contains("Traditional");
		assertThat(chart.meta("artist")).contains("John Newton");
		assertThat(chart.meta("tempo")).contains("72");
		assertThat(chart.meta("time")).contains("3/4");
		assertThat(chart.meta("ccli")).contains("22025");
		assertThat(chart.meta("duration")).contains("4:05");
		assertThat(chart.key()).contains(Key.parse("G"));
		assertThat(chart.capo()).isZero();
	}

	@Test
	void groupsSectionsWithLabels() {
		List<Section> explicit = Charts.parse(SONG).sections().stream().filter(Section::explicit).toList();
		assertThat(explicit).extracting(Section::kind)
			.containsExactly("verse", "verse", "chorus", "bridge", "tab", "grid");
		assertThat(explicit).extracting(Section::label).containsExactly("Verse 1", "Verse 2", "", "Bridge", "", "");
	}

	@Test
	void tabContentStaysVerbatimEvenWithBrackets() {
		Section tab = Charts.parse(SONG)
			.sections()
			.stream()
			.filter(s -> s.kind().equals("tab"))
			.findFirst()
			.orElseThrow();
		assertThat(tab.lines()).containsExactly(new VerbatimLine("e|---3---[G]---|"));
	}

	@Test
	void readsInlineChordsAndAnnotations() {
		LyricLine line = (LyricLine) Charts.parse("That [G]saved a [Em]wretch [*Riff]").lines().get(0);
		assertThat(line.chunks()).containsExactly(new Chunk(null, "That "), new Chunk("G", "saved a "),
				new Chunk("Em", "wretch "), new Chunk("*Riff", ""));
	}

	@Test
	void unknownDirectiveComesBackVerbatimWithAWarning() {
		String text = "{title: X}\n{frobnicate:  odd   spacing }\n";
		Chart chart = Charts.parse(text);
		assertThat(Charts.render(chart, ChartFormat.CHORDPRO)).isEqualTo(text);
		assertThat(chart.warnings())
			.containsExactly(new ParseWarning(2, "unknown directive {frobnicate} kept as written"));
	}

	@Test
	void badInputIsKeptAsTextWithLineNumberedWarnings() {
		String text = "fine line\nun[closed chord\nstray] bracket\n[Hxyz]odd chord\n{title: no close\n{eoc}\n";
		Chart chart = Charts.parse(text);
		assertThat(Charts.render(chart, ChartFormat.CHORDPRO)).isEqualTo(text);
		assertThat(chart.warnings()).extracting(ParseWarning::line).containsExactly(2, 3, 4, 5, 6);
		assertThat(chart.warnings().get(0).message()).contains("'['");
		assertThat(chart.warnings().get(2).message()).contains("Hxyz");
		assertThat(((LyricLine) chart.lines().get(1)).lyrics()).isEqualTo("un[closed chord");
	}

	@Test
	void nonChordsInBracketsPassWithoutWarning() {
		Chart chart = Charts.parse("[N.C.]stop [x] [%] [1] [b7]");
		assertThat(chart.warnings()).isEmpty();
	}

	@Test
	void unclosedSectionIsReported() {
		Chart chart = Charts.parse("{soc}\n[G]la\n");
		assertThat(chart.warnings()).containsExactly(new ParseWarning(1, "{start_of_chorus} is never closed"));
	}

	@Test
	void nullAndEmptyGiveAnEmptyChart() {
		for (String text : new String[] { null, "" }) {
			Chart chart = Charts.parse(text);
			assertThat(chart.lines()).isEmpty();
			assertThat(chart.key()).isEmpty();
			assertThat(chart.title()).isEmpty();
			assertThat(chart.warnings()).isEmpty();
			for (ChartFormat format : ChartFormat.values()) {
				assertThat(Charts.render(chart, format)).isEmpty();
			}
		}
		assertThat(Charts.render(null, ChartFormat.HTML)).isEmpty();
		assertThat(Charts.lyricsForSearch(null)).isEmpty();
	}

	@Test
	void lineEndingsAreNormalisedToLineFeeds() {
		assertThat(Charts.render(Charts.parse("{title: A}\r\n[G]la\r\n"), ChartFormat.CHORDPRO))
			.isEqualTo("{title: A}\n[G]la\n");
		assertThat(Charts.render(Charts.parse("a\rb"), ChartFormat.CHORDPRO)).isEqualTo("a\nb");
	}

	@Test
	void preservesBlankLinesAndMissingFinalNewline() {
		String text = "\n\n[G]la\n\n";
		assertThat(Charts.render(Charts.parse(text), ChartFormat.CHORDPRO)).isEqualTo(text);
		assertThat(Charts.render(Charts.parse("[G]la"), ChartFormat.CHORDPRO)).isEqualTo("[G]la");
	}

	@Test
	void keyDirectiveThatIsNotAKeyIsWarnedAndIgnored() {
		Chart chart = Charts.parse("{key: H}\n[G]la\n");
		assertThat(chart.key()).isEmpty();
		assertThat(chart.warnings()).extracting(ParseWarning::line).containsExactly(1);
	}

}
