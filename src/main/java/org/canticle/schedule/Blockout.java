package org.canticle.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.canticle.system.Format;

/**
 * Days someone cannot serve: {@code startsOn} to {@code endsOn} (one day when equal),
 * and, with {@code repeatUntil}, the same days every week, the last repetition starting
 * on or before that date.
 */
public record Blockout(long id, long profileId, String profileName, LocalDate startsOn, LocalDate endsOn,
		LocalDate repeatUntil, String reason) {

	public boolean covers(LocalDate day) {
		if (day.isBefore(startsOn)) {
			return false;
		}
		if (repeatUntil == null) {
			return !day.isAfter(endsOn);
		}
		// the latest repetition starting on or before the day (and not after repeatUntil)
		long week = ChronoUnit.DAYS.between(startsOn, day) / 7;
		long lastWeek = ChronoUnit.DAYS.between(startsOn, repeatUntil) / 7;
		return !day.isAfter(endsOn.plusWeeks(Math.min(week, lastWeek)));
	}

	/**
	 * "Sun 7 Dec 2031", "Sun 7 Dec 2031 – Tue 9 Dec 2031", with ", every week until …".
	 */
	public String describe() {
		String days = startsOn.equals(endsOn) ? Format.date(startsOn)
				: Format.date(startsOn) + " – " + Format.date(endsOn);
		return repeatUntil == null ? days : days + ", every week until " + Format.date(repeatUntil);
	}

}
