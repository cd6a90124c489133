package org.canticle.chart;

import java.util.List;

/**
 * The entry points the rest of Canticle uses. Nothing here throws on bad or null chart
 * text.
 */
public final class Charts {

	private Charts() {
	}

	public static Chart parse(String chordpro) {
		return ChordProParser.parse(chordpro);
	}

	/**
	 * A null chart renders as ""; a null format means ChordPro. NASHVILLE is ChordPro
	 * with Nashville numbers.
	 */
	public static String render(Chart chart, ChartFormat format) {
		if (chart == null || chart.isEmpty()) {
			return "";
		}
		return switch (format == null ? ChartFormat.CHORDPRO : format) {
			case CHORDPRO -> ChordProRenderer.render(chart);
			case TEXT -> TextRenderer.render(chart);
			case HTML -> HtmlRenderer.render(chart);
			case LYRICS -> LyricsRenderer.render(chart);
			case NASHVILLE -> ChordProRenderer.render(chart.toNashville());
		};
	}

	/** Chords-over-words text with Nashville numbers instead of letters. */
	public static String renderNashvilleText(Chart chart) {
		return chart == null || chart.isEmpty() ? "" : TextRenderer.render(chart.toNashville());
	}

	public static String lyricsForSearch(String chordpro) {
		return LyricsRenderer.forSearch(parse(chordpro));
	}

	public static ChordsOverWordsImport importChordsOverWords(String text) {
		return ChordsOverWordsImporter.importText(text);
	}

	public static List<CapoSuggestion> capoSuggestions(Key soundingKey) {
		return CapoAdvisor.suggestions(soundingKey);
	}

}
