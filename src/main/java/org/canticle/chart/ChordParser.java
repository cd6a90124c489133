package org.canticle.chart;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises chord text. Anything it cannot read is left to the caller to pass through
 * unchanged.
 */
public final class ChordParser {

	// A lone lowercase "o" is not accepted as "diminished" because it turns words like
	// "Go" and "Do" into chords.
	private static final Pattern SUFFIX = Pattern
		.compile("(?:maj|Maj|MAJ|ma|M|min|mi|m|dim|aug|sus|add|alt|no|omit|[-+°øΔ#b♯♭,()]|\\d+|/(?=\\d))*");

	private static final Pattern NUMBER = Pattern.compile("([b#♭♯]?)([1-7])(.*?)(?:/([b#♭♯]?)([1-7]))?");

	private static final Set<String> NON_CHORDS = Set.of("N.C.", "N.C", "NC", "n.c.", "x", "X", "%", "-", "/", "|",
			"||", "");

	private static final int CACHE_LIMIT = 10_000;

	private static final Map<String, Optional<Chord>> CACHE = new ConcurrentHashMap<>();

	private ChordParser() {
	}

	public static Optional<Chord> parseChord(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Optional<Chord> cached = CACHE.get(text);
		if (cached == null) {
			cached = read(text);
			// a song library uses a few hundred distinct chord spellings; the cap only
			// guards against abuse
			if (CACHE.size() < CACHE_LIMIT) {
				CACHE.put(text, cached);
			}
		}
		return cached;
	}

	private static Optional<Chord> read(String text) {
		int rootLength = Note.prefixLength(text, 0);
		if (rootLength == 0) {
			return Optional.empty();
		}
		Note root = Note.parsePrefix(text, 0);
		Note bass = null;
		int end = text.length();
		int slash = text.lastIndexOf('/');
		if (slash >= rootLength) {
			Optional<Note> maybeBass = Note.tryParse(text.substring(slash + 1));
			if (maybeBass.isPresent()) {
				bass = maybeBass.get();
				end = slash;
			}
		}
		String suffix = text.substring(rootLength, end);
		if (!SUFFIX.matcher(suffix).matches()) {
			return Optional.empty();
		}
		return Optional.of(new Chord(root, suffix, bass));
	}

	public static Optional<NumberChord> parseNumber(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = NUMBER.matcher(text);
		if (!m.matches() || !SUFFIX.matcher(m.group(3)).matches()) {
			return Optional.empty();
		}
		int accidental = m.group(1).isEmpty() ? 0 : Note.accidentalOf(m.group(1).charAt(0));
		int degree = m.group(2).charAt(0) - '0';
		String suffix = m.group(3);
		if (m.group(5) == null) {
			return Optional.of(new NumberChord(accidental, degree, suffix, 0, 0));
		}
		int bassAccidental = m.group(4).isEmpty() ? 0 : Note.accidentalOf(m.group(4).charAt(0));
		return Optional.of(new NumberChord(accidental, degree, suffix, bassAccidental, m.group(5).charAt(0) - '0'));
	}

	/**
	 * N.C., x, % and friends: legitimate chord-slot content that is not a chord and never
	 * transposes.
	 */
	public static boolean isNonChord(String text) {
		return text != null && NON_CHORDS.contains(text.strip());
	}

	/**
	 * An annotation such as [*Riff]: printed where a chord would be, never transposed.
	 */
	public static boolean isAnnotation(String text) {
		return text != null && text.startsWith("*");
	}

	/** True when the text is something a chart may legitimately hold in a chord slot. */
	public static boolean isRecognised(String text) {
		return isAnnotation(text) || isNonChord(text) || parseChord(text).isPresent() || parseNumber(text).isPresent();
	}

}
