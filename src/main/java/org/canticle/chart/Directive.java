package org.canticle.chart;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {name: value} line. {@code name} is the canonical long name (t becomes title, soc
 * becomes start_of_chorus); {@code before + value + after} is the original text, so the
 * line round-trips and a value can be replaced in place.
 */
public record Directive(String name, String before, String value, String after) {

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("t", "title"),
			Map.entry("st", "subtitle"), Map.entry("c", "comment"), Map.entry("ci", "comment_italic"),
			Map.entry("cb", "comment_box"), Map.entry("soc", "start_of_chorus"), Map.entry("eoc", "end_of_chorus"),
			Map.entry("sov", "start_of_verse"), Map.entry("eov", "end_of_verse"), Map.entry("sob", "start_of_bridge"),
			Map.entry("eob", "end_of_bridge"), Map.entry("sot", "start_of_tab"), Map.entry("eot", "end_of_tab"),
			Map.entry("sog", "start_of_grid"), Map.entry("eog", "end_of_grid"), Map.entry("np", "new_page"),
			Map.entry("npp", "new_physical_page"), Map.entry("colb", "column_break"), Map.entry("col", "columns"),
			Map.entry("g", "grid"), Map.entry("ng", "no_grid"));

	private static final Pattern LABEL_ATTRIBUTE = Pattern.compile("label\\s*=\\s*\"([^\"]*)\"");

	public Directive {
		value = value == null ? "" : value;
		after = after == null ? "" : after;
	}

	public static String canonicalName(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return ALIASES.getOrDefault(lower, lower);
	}

	/** A fresh directive line written the usual way: {name: value}. */
	public static Directive of(String name, String value) {
		return new Directive(canonicalName(name), "{" + name + ": ", value, "}");
	}

	public String raw() {
		return before + value + after;
	}

	public Directive withValue(String newValue) {
		return new Directive(name, before, newValue, after);
	}

	public String text() {
		return value.strip();
	}

	/** The section label: plain text after the colon or a label="…" attribute. */
	public String label() {
		Matcher m = LABEL_ATTRIBUTE.matcher(value);
		return m.find() ? m.group(1) : value.strip();
	}

	public boolean startsSection() {
		return name.startsWith("start_of_") && name.length() > "start_of_".length();
	}

	public boolean endsSection() {
		return name.startsWith("end_of_") && name.length() > "end_of_".length();
	}

	/** For start_of_x / end_of_x: x. */
	public String sectionKind() {
		return name.substring(name.indexOf("_of_") + 4);
	}

	public boolean isComment() {
		return name.equals("comment") || name.equals("comment_italic") || name.equals("comment_box")
				|| name.equals("highlight");
	}
}
