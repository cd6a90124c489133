package org.canticle.chart;

import java.util.Optional;

/**
 * A spelled note name: a letter A–G and an accidental (-1 flat, +1 sharp). Spelling
 * matters, so Gb and F# are different notes.
 */
public record Note(char letter, int accidental) {

	private static final int[] NATURAL_PITCH = { 9, 11, 0, 2, 4, 5, 7 }; // A B C D E F G

	private static final String[] SHARP_NAMES = { "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B" };

	private static final String[] FLAT_NAMES = { "C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B" };

	public Note {
		if (letter < 'A' || letter > 'G') {
			throw new IllegalArgumentException("Note letter must be A-G, was '" + letter + "'");
		}
		if (accidental < -2 || accidental > 2) {
			throw new IllegalArgumentException("Accidental must be between -2 and 2, was " + accidental);
		}
	}

	public int pitchClass() {
		return Math.floorMod(NATURAL_PITCH[letter - 'A'] + accidental, 12);
	}

	/** The usual name of a pitch class, using flats or sharps for the black keys. */
	public static Note of(int pitchClass, boolean flats) {
		String name = (flats ? FLAT_NAMES : SHARP_NAMES)[Math.floorMod(pitchClass, 12)];
		return new Note(name.charAt(0), name.length() == 1 ? 0 : (name.charAt(1) == '#' ? 1 : -1));
	}

	public static Optional<Note> tryParse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		int length = prefixLength(text, 0);
		return length > 0 && length == text.length() ? Optional.of(parsePrefix(text, 0)) : Optional.empty();
	}

	/**
	 * Length of the note name (uppercase letter plus at most one accidental) starting at
	 * {@code from}, or 0.
	 */
	static int prefixLength(String text, int from) {
		if (from >= text.length()) {
			return 0;
		}
		char letter = text.charAt(from);
		if (letter < 'A' || letter > 'G') {
			return 0;
		}
		return from + 1 < text.length() && accidentalOf(text.charAt(from + 1)) != 0 ? 2 : 1;
	}

	static Note parsePrefix(String text, int from) {
		int accidental = prefixLength(text, from) == 2 ? accidentalOf(text.charAt(from + 1)) : 0;
		return new Note(text.charAt(from), accidental);
	}

	static int accidentalOf(char c) {
		return switch (c) {
			case '#', '♯' -> 1;
			case 'b', '♭' -> -1;
			default -> 0;
		};
	}

	public Note transpose(int semitones, boolean flats) {
		return of(pitchClass() + semitones, flats);
	}

	@Override
	public String toString() {
		String sign = accidental > 0 ? "#" : "b";
		return letter + sign.repeat(Math.abs(accidental));
	}
}
