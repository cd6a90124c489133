package org.canticle.chart;

import java.util.List;
import java.util.Optional;
import java.util.ArrayList;

/**
 * Letter chords to Nashville numbers and back, relative to the key in force at each line
 * (a mid-song {key:} counts from where it stands). With {capo: n} the chords are shapes,
 * so numbers count from the shape key.
 *
 * <p>
 * Convention: degrees are counted from the tonic along the major scale, chromatic degrees
 * written b2 b3 #4 b6 b7, and the chord quality is kept as written (Am7 in C is 6m7).
 * Minor keys count from the minor tonic with the same degree names, so in Am: Am = 1m, Dm
 * = 4m, E = 5, F = b6, G = b7, C = b3.
 */
public final class NashvilleNumbers {

	private NashvilleNumbers() {
	}

	static Chart toNumbers(Chart chart, Key assumedKey) {
		return convert(chart, assumedKey, true);
	}

	static Chart toLetters(Chart chart, Key assumedKey) {
		return convert(chart, assumedKey, false);
	}

	/** The number text for one chord in a key; non-chords come back unchanged. */
	public static String number(String chordText, Key key) {
		if (key == null || chordText == null) {
			return chordText;
		}
		Optional<Chord> chord = ChordParser.parseChord(chordText);
		return chord.map(c -> NumberChord.fromChord(c, key.tonic())).orElse(chordText);
	}

	private static Chart convert(Chart chart, Key assumedKey, boolean toNumbers) {
		Key current = Transposer.startKey(chart, assumedKey);
		if (current == null) {
			return chart;
		}
		int capo = chart.capo();
		List<Line> out = new ArrayList<>(chart.lines().size());
		for (Line line : chart.lines()) {
			if (line instanceof DirectiveLine d && d.directive().name().equals("key")) {
				current = Key.tryParse(d.directive().text()).orElse(current);
			}
			if (line instanceof LyricLine lyricLine && lyricLine.hasChords()) {
				Key shapeKey = capo == 0 ? current : current.transpose(-capo);
				out.add(Transposer.mapChords(lyricLine,
						text -> toNumbers ? number(text, shapeKey) : letters(text, shapeKey)));
			}
			else {
				out.add(line);
			}
		}
		return chart.withLines(out);
	}

	private static String letters(String text, Key key) {
		if (ChordParser.parseChord(text).isPresent()) {
			return text;
		}
		return ChordParser.parseNumber(text).map(n -> n.inKey(key).toString()).orElse(text);
	}

}
