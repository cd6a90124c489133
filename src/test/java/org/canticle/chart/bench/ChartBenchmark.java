package org.canticle.chart.bench;

import java.util.concurrent.TimeUnit;
import org.canticle.chart.ChartFormat;
import org.canticle.chart.Chart;
import org.canticle.chart.Charts;
import org.canticle.chart.Key;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + transpose + render (TEXT and HTML) of a realistic 60-line chart: the work of
 * one song page view.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChartBenchmark {

	static final String CHART = buildChart();

	private static final Key TARGET = Key.parse("Bb");

	static String buildChart() {
		StringBuilder sb = new StringBuilder("""
				{title: How Great Is Our God}
				{artist: Chris Tomlin}
				{key: G}
				{tempo: 78}
				{time: 4/4}
				{ccli: 4348399}
				{comment: Intro x2}
				[G]  [Em7]  [Cmaj7]  [D/F#]
				""");
		for (int verse = 1; verse <= 3; verse++) {
			sb.append("\n{start_of_verse: Verse ")
				.append(verse)
				.append("}\n")
				.append("The [G]splendor of a King, [Em7]clothed in majesty\n")
				.append("Let all the earth re[Cmaj7]joice, all the earth re[D/F#]joice\n")
				.append("He [G]wraps himself in light, and [Em7]darkness tries to hide\n")
				.append("And trembles at his [Cmaj7]voice, trembles at his [Dsus4]voice [D]\n")
				.append("Age to [G]age he stands, and [Em7]time is in his hands\n")
				.append("Beginning and the [Cmaj7]End, beginning and the [D]End\n")
				.append("{end_of_verse}\n");
			sb.append("\n{start_of_chorus}\n")
				.append("How [G]great is our God, sing with [Em7]me\n")
				.append("How great is our [Cmaj7]God, and all will [D/F#]see\n")
				.append("How [G]great, how [Em7]great is our [Cmaj7]God [D]\n")
				.append("{end_of_chorus}\n");
			sb.append("{c: Turnaround}\n[G] [Em7] [Cmaj7] [D]\n");
		}
		sb.append("\n{start_of_bridge: Bridge}\n")
			.append("Name above all [G]names, worthy of all [Em7]praise\n")
			.append("My heart will [Cmaj7]sing, how great is our [D]God\n")
			.append("{end_of_bridge}\n{chorus}\n");
		return sb.toString();
	}

	@Benchmark
	public void parseTransposeRenderTextAndHtml(Blackhole bh) {
		Chart chart = Charts.parse(CHART).transposeTo(TARGET);
		bh.consume(Charts.render(chart, ChartFormat.TEXT));
		bh.consume(Charts.render(chart, ChartFormat.HTML));
	}

	@Benchmark
	public Chart parseOnly() {
		return Charts.parse(CHART);
	}

}
