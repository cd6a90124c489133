package org.canticle.system;

import java.text.Normalizer;

/** Names of the files Canticle hands out. */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * A file name safe on every system: letters, digits, spaces, dots, dashes; at most 80
	 * characters.
	 */
	public static String fileName(String title, String extension) {
		String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String safe = plain.replaceAll("[^A-Za-z0-9 ._-]+", " ").replaceAll("\\s+", " ").strip();
		if (safe.length() > 80) {
			safe = safe.substring(0, 80).strip();
		}
		return (safe.isEmpty() ? "song" : safe) + "." + extension;
	}

}
