package org.canticle.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Small formatting helpers for the page templates. */
public final class Format {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private Format() {
	}

	/**
	 * A query parameter value, URL-encoded (the template still HTML-escapes the whole
	 * link).
	 */
	public static String param(String value) {
		return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** "today", "yesterday", "5 days ago", "3 weeks ago", then the date itself. */
	public static String ago(LocalDate date, LocalDate today) {
		long days = ChronoUnit.DAYS.between(date, today);
		if (days < 0) {
			return date(date);
		}
		if (days == 0) {
			return "today";
		}
		if (days == 1) {
			return "yesterday";
		}
		if (days < 14) {
			return days + " days ago";
		}
		if (days < 60) {
			return (days / 7) + " weeks ago";
		}
		return date(date);
	}

}
