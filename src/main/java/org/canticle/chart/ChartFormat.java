package org.canticle.chart;

import java.util.Locale;
import java.util.Optional;

public enum ChartFormat {

	CHORDPRO, TEXT, HTML, LYRICS, NASHVILLE;

	public static Optional<ChartFormat> tryParse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
