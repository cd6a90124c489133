package org.canticle.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Times as the team reads them: in {@code canticle.time-zone} (the application clock's
 * zone). Stored instants stay instants; only what people see is local.
 */
@Component
public class LocalTimes {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Clock clock;

	LocalTimes(Clock clock) {
		this.clock = clock;
	}

	public ZoneId zone() {
		return clock.getZone();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Instant now() {
		return clock.instant();
	}

	/** "Sun 7 Dec 2031, 09:00" */
	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
	}

	/** "09:00" */
	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone()));
	}

	/** For a datetime-local input: "2031-12-07T09:00". */
	public String input(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(zone()));
	}

	public LocalDate date(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	/**
	 * The instant of a local time: a time skipped by a daylight-saving change moves
	 * forward.
	 */
	public Instant instant(LocalDateTime local) {
		return local.atZone(zone()).toInstant();
	}

	/** "Service Sun 7 Dec 2031, 09:00–10:30" */
	public String describe(PlanTime time) {
		String start = dateTime(time.startsAt());
		return time.kind().label() + " " + (time.endsAt() == null ? start : start + "–" + time(time.endsAt()));
	}

}
