package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderersTest {

	@Test
	void textPutsEachChordOverItsSyllable() {
		String text = Charts.render(
				Charts.parse("{title: Amazing Grace}\n{key: G}\nA[G]mazing [G7]grace, how [C]sweet\n"),
				ChartFormat.TEXT);
		assertThat(text).isEqualTo("""
				Amazing Grace
				Key: G
				 G      G7         C
				Amazing grace, how sweet
				""");
	}

	@Test
	void textPushesLyricsApartWhenChordsCollide() {
		String text = Charts.render(Charts.parse("[Cmaj7]a[D/F#]bc [G]d [Am7]e\n"), ChartFormat.TEXT);
		assertThat(text).isEqualTo("""
				Cmaj7 D/F# G Am7
				a-----bc   d e
				""");
	}

	@Test
	void textPadsBetweenWordsWithSpaces() {
		String text = Charts.render(Charts.parse("[Gsus4]I [C]love\n"), ChartFormat.TEXT);
		assertThat(text).isEqualTo("Gsus4 C\nI     love\n");
	}

	@Test
	void textKeepsChordsOnlyLinesAndChordsPastTheLyric() {
		String text = Charts.render(Charts.parse("[G]   [C]  [D]\nsing [G]la [C]\n"), ChartFormat.TEXT);
		assertThat(text).isEqualTo("G   C  D\n     G  C\nsing la\n");
	}

	@Test
	void textShowsSectionsCommentsTabAndRecall() {
		String text = Charts.render(Charts.parse("""
				{sov: Verse 1}
				[G]Hi
				{eov}
				{c: Repeat}
				{soc}
				[C]Yo
				{eoc}
				{sot}
				e|--3--|
				{eot}
				{chorus}
				{unknown: thing}
				# editor note
				"""), ChartFormat.TEXT);
		assertThat(text).isEqualTo("""
				Verse 1
				G
				Hi
				(Repeat)
				Chorus
				C
				Yo
				e|--3--|
				Chorus
				""");
	}

	@Test
	void htmlUsesChunksAndSemanticClasses() {
		String html = Charts.render(
				Charts.parse("{sov: Verse 1}\n[G]Amazing [*Riff]grace\n\n{eov}\n{sot}\ne|-0-|\n{eot}\n"),
				ChartFormat.HTML);
		assertThat(html).isEqualTo(
				"""
						<div class="chart">
						<section class="section verse">
						<h3 class="section-label">Verse 1</h3>
						<div class="line"><span class="chunk"><span class="chord">G</span><span class="lyric">Amazing </span></span>\
						<span class="chunk"><span class="chord annotation">Riff</span><span class="lyric">grace</span></span></div>
						<div class="line empty"></div>
						</section>
						<section class="section tab">
						<pre class="tab">e|-0-|</pre>
						</section>
						</div>
						""");
	}

	@Test
	void htmlEscapesEveryPieceOfText() {
		String html = Charts.render(Charts.parse("""
				{title: <script>alert('t')</script>}
				{key: G}
				{c: <script>alert("c")</script>}
				{start_of_verse: <script>alert(1)</script>}
				[<script>x</script>]<script>alert(2)</script> & more
				{end_of_verse}
				{start_of_tab}
				<script>tab</script>
				{end_of_tab}
				{start_of_<b>: x}
				{end_of_<b>}
				{chorus: <i>again</i>}
				"""), ChartFormat.HTML);
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<b>")
			.doesNotContain("<i>")
			.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;")
			.contains("&lt;script&gt;alert(&quot;c&quot;)&lt;/script&gt;")
			.contains("<h3 class=\"section-label\">&lt;script&gt;alert(1)&lt;/script&gt;</h3>")
			.contains("<span class=\"chord\">&lt;script&gt;x&lt;/script&gt;</span>")
			.contains("&lt;script&gt;alert(2)&lt;/script&gt; &amp; more")
			.contains("<pre class=\"tab\">&lt;script&gt;tab&lt;/script&gt;</pre>")
			.contains("&lt;i&gt;again&lt;/i&gt;");
	}

	@Test
	void htmlShowsTitleMetaCommentsAndRecall() {
		String html = Charts.render(
				Charts.parse("{t: Song}\n{st: Sub}\n{key: D}\n{ci: soft}\n{highlight: loud}\n{chorus}\nwords\n"),
				ChartFormat.HTML);
		assertThat(html).contains("<h1 class=\"title\">Song</h1>", "<h2 class=\"subtitle\">Sub</h2>",
				"<p class=\"meta key\"><span class=\"meta-label\">Key</span> <span class=\"meta-value\">D</span></p>",
				"<p class=\"comment comment-italic\">soft</p>", "<p class=\"comment highlight\">loud</p>",
				"<p class=\"chorus-recall\">Chorus</p>",
				"<div class=\"line lyrics-only\"><span class=\"chunk\"><span class=\"lyric\">words</span></span></div>");
	}

	@Test
	void lyricsOnlyGivesStanzasWithLabels() {
		String lyrics = Charts.render(Charts.parse("""
				{title: T}
				{key: G}
				{sov: Verse 1}
				A[G]mazing grace   \s
				[G] [C]


				How [C]sweet
				{eov}

				{soc}
				[D]Praise
				{eoc}
				{sot}
				e|--|
				{eot}
				{c: not shown}
				{chorus}
				"""), ChartFormat.LYRICS);
		assertThat(lyrics).isEqualTo("""
				Verse 1
				Amazing grace

				How sweet

				Chorus
				Praise

				Chorus
				""");
	}

	@Test
	void lyricsForSearchCollapsesEverythingButChordsAndDirectives() {
		String search = Charts.lyricsForSearch(
				"{title: Ignored}\n{sov: Verse 1}\nA[G]ma[C]zing   grace\n{c: Softly}\n{eov}\n{sot}\ne|--|\n{eot}\n");
		assertThat(search).isEqualTo("Verse 1 Amazing grace Softly");
	}

	@Test
	void chordProRenderIsTheChordProRendering() {
		Chart chart = Charts.parse("{key: G}\n[G]la\n");
		assertThat(Charts.render(chart, null)).isEqualTo("{key: G}\n[G]la\n");
		assertThat(chart.toString()).isEqualTo("{key: G}\n[G]la\n");
	}

}
