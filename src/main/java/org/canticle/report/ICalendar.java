package org.canticle.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 text: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
 * character), and TEXT values escaped (backslash, semicolon, comma, newline).
 */
final class ICalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	ICalendar line(String name, String value) {
		return raw(name + ":" + value);
	}

	ICalendar text(String name, String value) {
		return raw(name + ":" + escape(value));
	}

	ICalendar date(String name, LocalDate date) {
		return raw(name + ";VALUE=DATE:" + DATE.format(date));
	}

	ICalendar stamp(String name, Instant instant) {
		return raw(name + ":" + STAMP.format(instant));
	}

	String build() {
		return out.toString();
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * A content line folded so that no line is longer than 75 octets; continuation lines
	 * start with a space.
	 */
	private ICalendar raw(String line) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
		return this;
	}

}
