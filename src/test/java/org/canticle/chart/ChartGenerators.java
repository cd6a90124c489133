package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for property tests. Their spelling tables are written out here, independent
 * of the production code.
 */
final class ChartGenerators {

	static final List<String> WORDS = List.of("amazing", "grace", "how", "sweet", "the", "sound", "that", "saved",
			"wretch", "like", "me", "once", "was", "lost", "now", "found", "blind", "see", "I", "you", "love,", "oh");
	static final List<String> IMPORT_CHORDS = List.of("G", "C", "D", "Em", "Am7", "F#m7b5", "Bbmaj7", "Cmaj7/G", "D/F#",
			"Gsus4", "A7#9", "C6/9", "Ebdim", "B7", "Fm(maj7)", "Db");
	static final String[] SHARPS = { "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B" };
	static final String[] FLATS = { "C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B" };

	/**
	 * Keys as spelled by convention, with whether they write accidentals as flats and
	 * their tonic pitch class.
	 */
	record SpelledKey(String name, boolean flats, int tonic, boolean minor) {
	}

	static final List<SpelledKey> KEYS = List.of(new SpelledKey("C", false, 0, false),
			new SpelledKey("Db", true, 1, false), new SpelledKey("D", false, 2, false),
			new SpelledKey("Eb", true, 3, false), new SpelledKey("E", false, 4, false),
			new SpelledKey("F", true, 5, false), new SpelledKey("F#", false, 6, false),
			new SpelledKey("G", false, 7, false), new SpelledKey("Ab", true, 8, false),
			new SpelledKey("A", false, 9, false), new SpelledKey("Bb", true, 10, false),
			new SpelledKey("B", false, 11, false), new SpelledKey("Cm", true, 0, true),
			new SpelledKey("C#m", false, 1, true), new SpelledKey("Dm", true, 2, true),
			new SpelledKey("Ebm", true, 3, true), new SpelledKey("Em", false, 4, true),
			new SpelledKey("Fm", true, 5, true), new SpelledKey("F#m", false, 6, true),
			new SpelledKey("Gm", true, 7, true), new SpelledKey("G#m", false, 8, true),
			new SpelledKey("Am", false, 9, true), new SpelledKey("Bbm", true, 10, true),
			new SpelledKey("Bm", false, 11, true));

	private ChartGenerators() {
	}

	static Arbitrary<String> words(int min, int max) {
		return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws));
	}

	/**
	 * A lyric with chords inserted at arbitrary character positions (possibly several at
	 * one spot).
	 */
	static Arbitrary<String> lyricLineWithChords(Arbitrary<String> chords) {
		return words(1, 6).flatMap(
				lyric -> Combinators
					.combine(Arbitraries.integers().between(0, lyric.length()).list().ofMinSize(1).ofMaxSize(5),
							chords.list().ofSize(5))
					.as((positions, names) -> {
						List<Integer> sorted = new ArrayList<>(positions);
						sorted.sort(null);
						StringBuilder sb = new StringBuilder();
						int from = 0;
						for (int i = 0; i < sorted.size(); i++) {
							sb.append(lyric, from, sorted.get(i)).append('[').append(names.get(i)).append(']');
							from = sorted.get(i);
						}
						return sb.append(lyric.substring(from)).toString();
					}));
	}

	static Arbitrary<String> chordsOnlyLine(Arbitrary<String> chords) {
		return Combinators
			.combine(chords.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(1, 4).list().ofSize(4))
			.as((names, gaps) -> {
				StringBuilder sb = new StringBuilder();
				for (int i = 0; i < names.size(); i++) {
					if (i > 0) {
						sb.append(" ".repeat(gaps.get(i)));
					}
					sb.append('[').append(names.get(i)).append(']');
				}
				return sb.toString();
			});
	}

	/**
	 * Chord names built on the scale of a key, spelled the way that key spells
	 * accidentals.
	 */
	static Arbitrary<String> chordsIn(SpelledKey key) {
		String[] names = key.flats() ? FLATS : SHARPS;
		Arbitrary<String> suffix = Arbitraries.of("", "m", "7", "m7", "maj7", "sus4", "add9", "m7b5", "dim", "6/9",
				"13");
		Arbitrary<Integer> degree = Arbitraries.integers().between(0, 11);
		Arbitrary<Integer> bass = Arbitraries.integers().between(-1, 11);
		return Combinators.combine(degree, suffix, bass)
			.as((d, s, b) -> names[(key.tonic() + d) % 12] + s + (b < 0 ? "" : "/" + names[(key.tonic() + b) % 12]));
	}

}
