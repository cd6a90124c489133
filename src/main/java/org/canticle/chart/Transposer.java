package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Moves every chord and {key:} of a chart. Each {key:} sets the key in force from where
 * it stands, so a mid-song key change moves by the same interval and the chords after it
 * are spelled for the new key. Number chords are written out as letters in the key they
 * land in.
 */
final class Transposer {

	private Transposer() {
	}

	static List<Line> transpose(Chart source, int shift, Key target, Integer capo, Key assumedKey) {
		int sourceCapo = source.capo();
		int newCapo = capo == null ? sourceCapo : capo;
		int chordShift = shift + sourceCapo - newCapo;
		Key startKey = startKey(source, assumedKey);
		KeyTracker keys = new KeyTracker(shift, newCapo);
		keys.current = startKey == null ? null : (target != null ? target : keys.move(startKey));

		boolean firstKey = true;
		boolean capoWritten = false;
		int keyLineIndex = -1;
		List<Line> out = new ArrayList<>(source.lines().size() + 1);
		for (Line line : source.lines()) {
			if (line instanceof DirectiveLine d && d.directive().name().equals("key")) {
				Optional<Key> written = Key.tryParse(d.directive().text());
				if (written.isPresent()) {
					Key moved = firstKey && target != null ? target : keys.move(written.get());
					firstKey = false;
					keys.current = moved;
					if (keyLineIndex < 0) {
						keyLineIndex = out.size();
					}
					out.add(moved.toString().equals(d.directive().text()) ? line
							: new DirectiveLine(d.directive().withValue(moved.toString())));
					continue;
				}
			}
			if (line instanceof DirectiveLine d && d.directive().name().equals("capo")) {
				capoWritten = true;
				if (newCapo == sourceCapo) {
					out.add(line);
				}
				else if (newCapo > 0) {
					out.add(new DirectiveLine(d.directive().withValue(Integer.toString(newCapo))));
				}
				continue;
			}
			if (line instanceof LyricLine lyricLine && lyricLine.hasChords()) {
				Key shapeKey = keys.shapeKey();
				boolean flats = shapeKey != null && shapeKey.prefersFlats();
				out.add(mapChords(lyricLine, chord -> transposeChord(chord, chordShift, flats, shapeKey)));
				continue;
			}
			out.add(line);
		}
		if (newCapo > 0 && !capoWritten) {
			out.add(capoInsertionIndex(out, keyLineIndex),
					new DirectiveLine(Directive.of("capo", Integer.toString(newCapo))));
		}
		return out;
	}

	/**
	 * Key in force before the first {key:}: the chart's key, the caller's assumption, or
	 * the first chord's.
	 */
	static Key startKey(Chart chart, Key assumedKey) {
		return chart.key()
			.or(() -> Optional.ofNullable(assumedKey))
			.or(() -> inferKey(chart.lines()).map(shapes -> shapes.transpose(chart.capo())))
			.orElse(null);
	}

	/**
	 * A chart without {key:} usually starts on its tonic, so its first chord tells how to
	 * spell.
	 */
	static Optional<Key> inferKey(List<Line> lines) {
		for (Line line : lines) {
			if (line instanceof LyricLine lyricLine) {
				for (Chunk chunk : lyricLine.chunks()) {
					if (chunk.hasChord()) {
						Optional<Chord> chord = ChordParser.parseChord(chunk.chord());
						if (chord.isPresent()) {
							return Optional.of(new Key(chord.get().root(), chord.get().minor()));
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	static LyricLine mapChords(LyricLine line, UnaryOperator<String> mapping) {
		List<Chunk> chunks = new ArrayList<>(line.chunks().size());
		for (Chunk chunk : line.chunks()) {
			chunks.add(chunk.hasChord() ? chunk.withChord(mapping.apply(chunk.chord())) : chunk);
		}
		return new LyricLine(chunks);
	}

	private static String transposeChord(String text, int semitones, boolean flats, Key shapeKey) {
		if (ChordParser.isAnnotation(text) || ChordParser.isNonChord(text)) {
			return text;
		}
		Optional<Chord> chord = ChordParser.parseChord(text);
		if (chord.isPresent()) {
			return chord.get().transpose(semitones, flats).toString();
		}
		if (shapeKey != null) {
			Optional<NumberChord> number = ChordParser.parseNumber(text);
			if (number.isPresent()) {
				return number.get().inKey(shapeKey).toString();
			}
		}
		return text;
	}

	private static int capoInsertionIndex(List<Line> lines, int keyLineIndex) {
		if (keyLineIndex >= 0) {
			return keyLineIndex + 1;
		}
		int index = 0;
		while (index < lines.size() && lines.get(index) instanceof DirectiveLine d && !d.directive().startsSection()
				&& !d.directive().isComment()) {
			index++;
		}
		return index;
	}

	/** The sounding key in force and the key of the shapes played under the capo. */
	private static final class KeyTracker {

		private final int shift;

		private final int capo;

		Key current;

		KeyTracker(int shift, int capo) {
			this.shift = shift;
			this.capo = capo;
		}

		Key move(Key key) {
			return Math.floorMod(shift, 12) == 0 ? key : key.transpose(shift);
		}

		Key shapeKey() {
			if (current == null) {
				return null;
			}
			return capo == 0 ? current : current.transpose(-capo);
		}

	}

}
