package org.canticle.song;

import java.util.List;

import org.canticle.chart.CapoSuggestion;
import org.canticle.chart.ParseWarning;

/**
 * A song's chart as a musician asked for it.
 *
 * @param key the key it sounds in
 * @param shapeKey the key of the shapes played with the capo on (the sounding key when
 * there is no capo)
 * @param capoSuggestions easier ways to play the sounding key, for keys awkward on guitar
 */
public record RenderedChart(long songId, String title, String key, String originalKey, int capo, String shapeKey,
		String format, String content, List<ParseWarning> warnings, List<CapoSuggestion> capoSuggestions) {
}
