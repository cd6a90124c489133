package org.canticle.chart;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key: tonic plus mode. Also decides spelling: flat keys (F, Bb, Eb, Ab, Db, Gb, Cb and
 * Dm, Gm, Cm, Fm, Bbm, Ebm, Abm) spell accidentals with flats, every other key with
 * sharps (C and Am have no accidentals of their own and follow the sharp convention).
 */
public record Key(Note tonic, boolean minor) {

	private static final Pattern KEY = Pattern.compile("([A-Ga-g])([#b♯♭]?)\\s*(m|min|minor|-|maj|major|M)?",
			Pattern.CASE_INSENSITIVE);

	// When a transposition lands on a black key the result is spelled the way it is most
	// often written.
	private static final String[] MAJOR_BY_PITCH = { "C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B" };

	private static final String[] MINOR_BY_PITCH = { "C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B" };

	public Key {
		if (tonic == null) {
			throw new IllegalArgumentException("Key needs a tonic");
		}
	}

	public static Key parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException(
					"Not a key: null. Expected a note A-G, optional # or b, optional m for minor (e.g. G, Bb, F#m)");
		}
		Matcher m = KEY.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a key: '" + text
					+ "'. Expected a note A-G, optional # or b, optional m for minor (e.g. G, Bb, F#m)");
		}
		char letter = Character.toUpperCase(m.group(1).charAt(0));
		int accidental = m.group(2).isEmpty() ? 0 : Note.accidentalOf(m.group(2).charAt(0));
		String mode = m.group(3);
		boolean minor = mode != null && !mode.equals("M") && !mode.toLowerCase().startsWith("maj");
		return new Key(new Note(letter, accidental), minor);
	}

	public static Optional<Key> tryParse(String text) {
		try {
			return Optional.of(parse(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public int pitchClass() {
		return tonic.pitchClass();
	}

	public boolean prefersFlats() {
		if (tonic.accidental() < 0) {
			return true;
		}
		if (tonic.accidental() > 0) {
			return false;
		}
		char l = tonic.letter();
		return minor ? (l == 'D' || l == 'G' || l == 'C' || l == 'F') : l == 'F';
	}

	/**
	 * The key {@code semitones} away, in one fixed spelling per pitch (Db, Eb, F#, Ab,
	 * Bb; C#m, Ebm, F#m, G#m, Bbm). A fixed spelling, rather than one that depends on
	 * where we came from, is what makes a saved transposition transpose back to the
	 * original text.
	 */
	public Key transpose(int semitones) {
		int pc = Math.floorMod(pitchClass() + semitones, 12);
		String name = (minor ? MINOR_BY_PITCH : MAJOR_BY_PITCH)[pc];
		return new Key(Note.tryParse(name).orElseThrow(), minor);
	}

	@Override
	public String toString() {
		return tonic + (minor ? "m" : "");
	}
}
