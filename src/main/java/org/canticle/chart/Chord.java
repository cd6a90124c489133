package org.canticle.chart;

/**
 * A chord written with letters: root, the quality/extension text exactly as written
 * (m7b5, sus4, 6/9, m(maj7) …), and an optional slash bass. The suffix stays text because
 * every notation for a quality is transposition-invariant.
 */
public record Chord(Note root, String suffix, Note bass) {

	public Chord {
		if (root == null) {
			throw new IllegalArgumentException("Chord needs a root");
		}
		suffix = suffix == null ? "" : suffix;
	}

	public boolean minor() {
		return (suffix.startsWith("m") && !suffix.startsWith("maj")) || suffix.startsWith("-");
	}

	/**
	 * Moved by {@code semitones}, root and bass both spelled with flats or both with
	 * sharps.
	 */
	public Chord transpose(int semitones, boolean flats) {
		return new Chord(root.transpose(semitones, flats), suffix,
				bass == null ? null : bass.transpose(semitones, flats));
	}

	@Override
	public String toString() {
		return root + suffix + (bass == null ? "" : "/" + bass);
	}
}
