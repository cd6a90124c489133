package org.canticle.importing;

import java.util.ArrayList;
import java.util.List;

/** Builds the ChordPro text of an imported song, line by line. */
final class ChartText {

	private final List<String> lines = new ArrayList<>();

	ChartText directive(String name, String value) {
		if (value != null && !value.isBlank()) {
			lines.add("{" + name + ": " + oneLine(value) + "}");
		}
		return this;
	}

	/** A section; a blank line separates it from what came before. */
	ChartText section(String kind, String label, List<String> body) {
		blank();
		lines.add("{start_of_" + kind + (label == null || label.isBlank() ? "" : ": " + oneLine(label)) + "}");
		lines.addAll(body);
		lines.add("{end_of_" + kind + "}");
		return this;
	}

	ChartText line(String line) {
		lines.add(line);
		return this;
	}

	ChartText blank() {
		if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
			lines.add("");
		}
		return this;
	}

	ChartText lines(List<String> more) {
		lines.addAll(more);
		return this;
	}

	String text() {
		List<String> out = new ArrayList<>(lines);
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return String.join("\n", out) + "\n";
	}

	/** Braces would end a directive early; line breaks would end the line. */
	static String oneLine(String value) {
		return value.replace('\n', ' ').replace('\r', ' ').replace("}", ")").replace("{", "(").strip();
	}

}
