package org.canticle.song;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form text is stored and searched in: lower case, accents removed, white space
 * folded. Doing it in Java keeps search case- and accent-insensitive on H2 and PostgreSQL
 * alike, with no database extension to install.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private SearchText() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
	}

	/** The words of a query, normalised, at most {@code max} of them. */
	public static List<String> words(String query, int max) {
		String normalized = normalize(query);
		if (normalized.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(normalized.split(" ")).distinct().limit(max).toList();
	}

	/**
	 * A LIKE pattern matching {@code word} anywhere, with LIKE's wildcards in it taken
	 * literally.
	 */
	public static String containing(String word) {
		return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
