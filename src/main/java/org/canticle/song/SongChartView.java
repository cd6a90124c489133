package org.canticle.song;

import java.util.ArrayList;
import java.util.List;

import org.canticle.chart.Key;

/**
 * A chart as the song page shows it.
 *
 * @param keys the keys the picker offers: the twelve of the song's mode, empty when the
 * song has no key
 */
public record SongChartView(RenderedChart chart, List<String> keys, boolean numbers, boolean lyrics) {

	private static final String[] MAJOR = { "C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B" };

	private static final String[] MINOR = { "Cm", "C#m", "Dm", "Ebm", "Em", "Fm", "F#m", "Gm", "G#m", "Am", "Bbm",
			"Bm" };

	/** The twelve keys of {@code key}'s mode, in the spelling the key pickers offer. */
	public static List<String> keysLike(Key key) {
		return List.of(key.minor() ? MINOR : MAJOR);
	}

	public boolean transposable() {
		return !keys.isEmpty();
	}

	public List<Integer> capos() {
		List<Integer> frets = new ArrayList<>();
		for (int fret = 0; fret <= SongCharts.MAX_CAPO; fret++) {
			frets.add(fret);
		}
		return frets;
	}

}
