package org.canticle.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.canticle.chart.Key;

/** Cleaning of the metadata other programs write, shared by every reader. */
final class Metadata {

	private static final Pattern DIGITS = Pattern.compile("(\\d{1,9})");

	private static final Pattern TIME = Pattern.compile("\\d{1,2}/\\d{1,2}");

	private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("\\s*(?:[,;|]|\\s&\\s|\\sand\\s|/)\\s*");

	private Metadata() {
	}

	/**
	 * The first run of digits: "CCLI Song # 22025" → 22025; null when there is none or it
	 * is 0.
	 */
	static Long ccli(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = DIGITS.matcher(text);
		if (!m.find()) {
			return null;
		}
		long value = Long.parseLong(m.group(1));
		return value > 0 ? value : null;
	}

	/**
	 * "72", "72 bpm" → 72; null, with a warning, when it is not a tempo Canticle keeps
	 * (20-400).
	 */
	static Integer tempo(String text, List<String> warnings) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher m = DIGITS.matcher(text);
		if (m.find() && m.group(1).length() <= 3) {
			int bpm = Integer.parseInt(m.group(1));
			if (bpm >= 20 && bpm <= 400) {
				return bpm;
			}
		}
		warnings.add("tempo '" + text.strip() + "' is not a number of beats per minute (20-400): left out");
		return null;
	}

	static String key(String text, List<String> warnings) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Optional<Key> key = Key.tryParse(text.strip().replace('♭', 'b').replace('♯', '#'));
		if (key.isEmpty()) {
			warnings.add("key '" + text.strip() + "' is not a key: left out");
			return null;
		}
		return key.get().toString();
	}

	static String time(String text, List<String> warnings) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String time = text.strip();
		if (!TIME.matcher(time).matches()) {
			warnings.add("time signature '" + time + "' is not like 4/4: left out");
			return null;
		}
		return time;
	}

	/**
	 * Tags as the library keeps them: at most 20, each 1-40 characters, no duplicates.
	 */
	static List<String> tags(List<String> raw, List<String> warnings) {
		LinkedHashSet<String> tags = new LinkedHashSet<>();
		for (String tag : raw) {
			if (tag == null || tag.isBlank()) {
				continue;
			}
			String clean = tag.strip().toLowerCase(Locale.ROOT);
			if (clean.length() > 40) {
				clean = clean.substring(0, 40).strip();
				warnings.add("tag '" + tag.strip() + "' shortened to 40 characters");
			}
			tags.add(clean);
		}
		List<String> list = new ArrayList<>(tags);
		if (list.size() > 20) {
			warnings.add(list.size() + " tags: kept the first 20");
			return List.copyOf(list.subList(0, 20));
		}
		return list;
	}

	/** Names from "A, B & C", "A | B", "A; B", in order, without repeats. */
	static List<String> splitAuthors(String text) {
		LinkedHashSet<String> names = new LinkedHashSet<>();
		if (text != null) {
			for (String name : AUTHOR_SEPARATORS.split(text.strip())) {
				if (!name.isBlank()) {
					names.add(name.strip());
				}
			}
		}
		return new ArrayList<>(names);
	}

	static String joinAuthors(List<String> names) {
		return String.join(", ",
				new LinkedHashSet<>(names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList()));
	}

	/** A file name without its folders and extension: the title of last resort. */
	static String baseName(String file) {
		String name = file;
		int bang = name.lastIndexOf('!');
		if (bang >= 0) {
			name = name.substring(bang + 1);
		}
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').strip();
	}

}
