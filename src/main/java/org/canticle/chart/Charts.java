package org.canticle.chart;

/** Placeholder until the chart engine lands: only what the song library needs for search. */
public final class Charts {

	private Charts() {
	}

	public static String lyricsForSearch(String chordpro) {
		return chordpro.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", "").replaceAll("\\s+", " ").trim();
	}

}
