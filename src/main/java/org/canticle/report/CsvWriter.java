package org.canticle.report;

import java.util.List;

/**
 * RFC 4180 CSV with a guard against formula injection: a cell that a spreadsheet would
 * run (starting with = + - @, tab or carriage return) is prefixed with a single quote, so
 * it shows as text.
 */
final class CsvWriter {

	private final StringBuilder out = new StringBuilder();

	CsvWriter row(List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells.get(i)));
		}
		out.append("\r\n");
		return this;
	}

	String text() {
		return out.toString();
	}

	static String cell(Object value) {
		String text = value == null ? "" : value.toString();
		if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
