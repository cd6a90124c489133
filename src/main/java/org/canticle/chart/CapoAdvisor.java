package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Capo positions that turn a key awkward on guitar into open-chord shapes. Open shape
 * keys are C, G, D, A, E and Am, Em, Dm; a key that already is one gets no suggestion.
 * Frets 1–7 are considered (higher frets cramp the hand and change the tone too much);
 * lower frets come first.
 */
final class CapoAdvisor {

	static final int HIGHEST_FRET = 7;

	private static final List<Key> OPEN_SHAPES = List.of(Key.parse("C"), Key.parse("G"), Key.parse("D"), Key.parse("A"),
			Key.parse("E"), Key.parse("Am"), Key.parse("Em"), Key.parse("Dm"));

	private CapoAdvisor() {
	}

	static List<CapoSuggestion> suggestions(Key sounding) {
		if (sounding == null || openShape(sounding.pitchClass(), sounding.minor()) != null) {
			return List.of();
		}
		List<CapoSuggestion> result = new ArrayList<>();
		for (int fret = 1; fret <= HIGHEST_FRET; fret++) {
			Key shape = openShape(sounding.pitchClass() - fret, sounding.minor());
			if (shape != null) {
				result.add(new CapoSuggestion(fret, shape));
			}
		}
		return List.copyOf(result);
	}

	private static Key openShape(int pitchClass, boolean minor) {
		int pc = Math.floorMod(pitchClass, 12);
		for (Key key : OPEN_SHAPES) {
			if (key.minor() == minor && key.pitchClass() == pc) {
				return key;
			}
		}
		return null;
	}

}
