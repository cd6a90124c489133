package org.canticle.chart;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 */
public final class HtmlEscaper {

	private HtmlEscaper() {
	}

	public static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 16);
		escapeInto(text, sb);
		return sb.toString();
	}

	static void escapeInto(String text, StringBuilder sb) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&#39;");
				default -> sb.append(c);
			}
		}
	}

}
