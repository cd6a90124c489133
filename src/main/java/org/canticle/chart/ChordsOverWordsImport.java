package org.canticle.chart;

import java.util.List;

public record ChordsOverWordsImport(String chordpro, List<ParseWarning> warnings) {
	public ChordsOverWordsImport {
		chordpro = chordpro == null ? "" : chordpro;
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}
}
