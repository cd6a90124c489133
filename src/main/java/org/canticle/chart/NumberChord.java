package org.canticle.chart;

/**
 * A Nashville-number chord such as 1, 4/6, 6m7, b7. Degrees count from the key's tonic
 * along the major scale; in minor keys the same numbering is used from the minor tonic
 * (Am: Am=1m, C=b3, G=b7).
 */
public record NumberChord(int accidental, int degree, String suffix, int bassAccidental, int bassDegree) {

	private static final int[] MAJOR_SCALE = { 0, 2, 4, 5, 7, 9, 11 };

	private static final String[] NAME_BY_SEMITONES = { "1", "b2", "2", "b3", "3", "4", "#4", "5", "b6", "6", "b7",
			"7" };

	public NumberChord {
		suffix = suffix == null ? "" : suffix;
	}

	public boolean hasBass() {
		return bassDegree > 0;
	}

	static int semitones(int accidental, int degree) {
		return MAJOR_SCALE[degree - 1] + accidental;
	}

	static String nameOf(int semitones) {
		return NAME_BY_SEMITONES[Math.floorMod(semitones, 12)];
	}

	/** The number for a letter chord heard against a tonic. */
	public static String fromChord(Chord chord, Note tonic) {
		String text = nameOf(chord.root().pitchClass() - tonic.pitchClass()) + chord.suffix();
		return chord.bass() == null ? text : text + "/" + nameOf(chord.bass().pitchClass() - tonic.pitchClass());
	}

	/**
	 * The letter chord for this number in a key. A written accidental says how to spell
	 * (b7 in C is Bb, not A#); otherwise the key's own leaning decides.
	 */
	public Chord inKey(Key key) {
		boolean flats = accidental != 0 ? accidental < 0 : key.prefersFlats();
		Note root = Note.of(key.pitchClass() + semitones(accidental, degree), flats);
		Note bass = hasBass() ? Note.of(key.pitchClass() + semitones(bassAccidental, bassDegree), flats) : null;
		return new Chord(root, suffix, bass);
	}

	@Override
	public String toString() {
		String text = accidentalText(accidental) + degree + suffix;
		return hasBass() ? text + "/" + accidentalText(bassAccidental) + bassDegree : text;
	}

	private static String accidentalText(int accidental) {
		return accidental < 0 ? "b" : accidental > 0 ? "#" : "";
	}
}
