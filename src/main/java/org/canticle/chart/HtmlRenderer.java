package org.canticle.chart;

/**
 * HTML fragment: chords stand above their syllables by pairing each chord with its lyric
 * in an inline-block chunk. Every piece of text from the chart is escaped. Class names
 * are the styling contract with the web pages.
 */
final class HtmlRenderer {

	private HtmlRenderer() {
	}

	static String render(Chart chart) {
		StringBuilder out = new StringBuilder(chart.lines().size() * 120);
		out.append("<div class=\"chart\">\n");
		for (Section section : chart.sections()) {
			if (section.explicit()) {
				out.append("<section class=\"section ").append(cssName(section.kind())).append("\">\n");
				String heading = Headings.sectionHeading(section);
				if (!heading.isEmpty()) {
					out.append("<h3 class=\"section-label\">");
					HtmlEscaper.escapeInto(heading, out);
					out.append("</h3>\n");
				}
			}
			if (section.verbatim()) {
				renderVerbatim(section, out);
			}
			else {
				for (Line line : section.lines()) {
					renderLine(line, out);
				}
			}
			if (section.explicit()) {
				out.append("</section>\n");
			}
		}
		out.append("</div>\n");
		return out.toString();
	}

	private static void renderVerbatim(Section section, StringBuilder out) {
		out.append("<pre class=\"").append(cssName(section.kind())).append("\">");
		boolean first = true;
		for (Line line : section.lines()) {
			if (!first) {
				out.append('\n');
			}
			first = false;
			HtmlEscaper.escapeInto(line.toChordPro(), out);
		}
		out.append("</pre>\n");
	}

	private static void renderLine(Line line, StringBuilder out) {
		if (line instanceof LyricLine lyricLine) {
			renderLyricLine(lyricLine, out);
		}
		else if (line instanceof DirectiveLine d) {
			renderDirective(d.directive(), out);
		}
		// # comments and stray verbatim lines are for editors, not for readers
	}

	private static void renderDirective(Directive d, StringBuilder out) {
		String name = d.name();
		switch (name) {
			case "title" -> element("h1", "title", d.text(), out);
			case "subtitle" -> element("h2", "subtitle", d.text(), out);
			case "comment" -> element("p", "comment", d.text(), out);
			case "comment_italic" -> element("p", "comment comment-italic", d.text(), out);
			case "comment_box" -> element("p", "comment comment-box", d.text(), out);
			case "highlight" -> element("p", "comment highlight", d.text(), out);
			case "chorus" -> element("p", "chorus-recall", Headings.chorusRecall(d), out);
			default -> {
				String label = Headings.META_LABELS.get(name);
				if (label != null) {
					out.append("<p class=\"meta ")
						.append(name)
						.append("\"><span class=\"meta-label\">")
						.append(label)
						.append("</span> <span class=\"meta-value\">");
					HtmlEscaper.escapeInto(d.text(), out);
					out.append("</span></p>\n");
				}
			}
		}
	}

	private static void element(String tag, String cssClass, String text, StringBuilder out) {
		out.append('<').append(tag).append(" class=\"").append(cssClass).append("\">");
		HtmlEscaper.escapeInto(text, out);
		out.append("</").append(tag).append(">\n");
	}

	private static void renderLyricLine(LyricLine line, StringBuilder out) {
		if (line.chunks().isEmpty() || line.blank()) {
			out.append("<div class=\"line empty\"></div>\n");
			return;
		}
		boolean chords = line.hasChords();
		out.append(chords ? (line.chordsOnly() ? "<div class=\"line chords-only\">" : "<div class=\"line\">")
				: "<div class=\"line lyrics-only\">");
		for (Chunk chunk : line.chunks()) {
			out.append("<span class=\"chunk\">");
			if (chords) {
				String chord = chunk.chord();
				boolean annotation = ChordParser.isAnnotation(chord);
				out.append(annotation ? "<span class=\"chord annotation\">" : "<span class=\"chord\">");
				if (chord != null) {
					HtmlEscaper.escapeInto(annotation ? chord.substring(1) : chord, out);
				}
				out.append("</span>");
			}
			out.append("<span class=\"lyric\">");
			HtmlEscaper.escapeInto(chunk.lyric(), out);
			out.append("</span></span>");
		}
		out.append("</div>\n");
	}

	/**
	 * Section kinds come from directive names; keep only characters that are safe in a
	 * class attribute.
	 */
	static String cssName(String kind) {
		StringBuilder sb = new StringBuilder(kind.length());
		for (int i = 0; i < kind.length(); i++) {
			char c = kind.charAt(i);
			sb.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '-');
		}
		return sb.toString();
	}

}
