package org.canticle.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenLyrics-style verse names (v1, c, c2, b, p1, i, e, o) and the ChordPro sections
 * Canticle writes for them: chorus and bridge keep their ChordPro kinds, everything else
 * is a verse section whose label says what it is.
 */
final class VerseNames {

	private static final Pattern NAME = Pattern.compile("([a-z])(\\d*)([a-z]?)");

	private static final Pattern LABEL = Pattern.compile(
			"(verse|v|chorus|c|refrain|r|bridge|b|pre-?chorus|p|intro|i|ending|outro|e|other|o|tag|t)\\s*(\\d*)([a-z]?)",
			Pattern.CASE_INSENSITIVE);

	private VerseNames() {
	}

	/** ChordPro section kind for a verse name. */
	static String kind(String name) {
		return switch (letter(name)) {
			case 'c' -> "chorus";
			case 'b' -> "bridge";
			default -> "verse";
		};
	}

	/**
	 * "v1" → "Verse 1", "c" → "Chorus", "p2" → "Pre-Chorus 2"; an unknown name stays as
	 * written.
	 */
	static String label(String name) {
		Matcher m = NAME.matcher(name.toLowerCase(Locale.ROOT));
		if (!m.matches()) {
			return name;
		}
		String word = switch (m.group(1).charAt(0)) {
			case 'v' -> "Verse";
			case 'c' -> "Chorus";
			case 'b' -> "Bridge";
			case 'p' -> "Pre-Chorus";
			case 'i' -> "Intro";
			case 'e' -> "Ending";
			case 't' -> "Tag";
			case 'o' -> "Other";
			default -> null;
		};
		if (word == null) {
			return name;
		}
		String number = m.group(2) + m.group(3);
		return number.isEmpty() ? word : word + " " + number;
	}

	/**
	 * The verse name for a section label ("Verse 1" → v1), or null when the label is not
	 * a known one.
	 */
	static String fromLabel(String label) {
		if (label == null) {
			return null;
		}
		Matcher m = LABEL.matcher(label.strip());
		if (!m.matches()) {
			return null;
		}
		String word = m.group(1).toLowerCase(Locale.ROOT);
		char letter = switch (word) {
			case "verse", "v" -> 'v';
			case "chorus", "c", "refrain", "r" -> 'c';
			case "bridge", "b" -> 'b';
			case "intro", "i" -> 'i';
			case "ending", "outro", "e" -> 'e';
			case "other", "o" -> 'o';
			case "tag", "t" -> 't';
			default -> 'p';
		};
		return letter + m.group(2) + m.group(3).toLowerCase(Locale.ROOT);
	}

	static char letter(String name) {
		return name == null || name.isEmpty() ? 'v' : Character.toLowerCase(name.charAt(0));
	}

}
