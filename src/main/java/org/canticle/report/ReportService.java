package org.canticle.report;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.canticle.system.BadRequestException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CCLI usage report and the iCalendar feed of plans. */
@Service
class ReportService {

	static final int MAX_RANGE_DAYS = 3 * 366;

	/**
	 * The feed covers this far back and ahead: a calendar app wants what is coming and a
	 * little history.
	 */
	static final int FEED_DAYS_BACK = 183;

	static final int FEED_DAYS_AHEAD = 400;

	static final int FEED_MAX_PLANS = 1000;

	private final ReportRepository plans;

	private final CalendarFeedRepository feeds;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ReportService(ReportRepository plans, CalendarFeedRepository feeds, Clock clock) {
		this.plans = plans;
		this.feeds = feeds;
		this.clock = clock;
	}

	String usageCsv(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new BadRequestException("from", "must not be after to");
		}
		if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
			throw new BadRequestException("to", "the range may be at most three years");
		}
		CsvWriter csv = new CsvWriter().row(List.of("Title", "Authors", "CCLI Song Number", "Times Used", "Last Used"));
		for (ReportRepository.Usage usage : plans.usage(from, to)) {
			csv.row(java.util.Arrays.asList(usage.title(), usage.authors(), usage.ccliNumber(), usage.timesUsed(),
					usage.lastUsed()));
		}
		return csv.text();
	}

	/** The feed's token, made on first use. */
	@Transactional
	CalendarFeedRepository.Feed feed() {
		return feeds.find().orElseGet(() -> {
			try {
				return rotate();
			}
			catch (DuplicateKeyException raced) {
				return feeds.find().orElseThrow();
			}
		});
	}

	@Transactional
	CalendarFeedRepository.Feed rotate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		feeds.save(token, now);
		return new CalendarFeedRepository.Feed(token, now);
	}

	boolean validToken(String token) {
		return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+") && feeds.exists(token);
	}

	/**
	 * The plans from half a year ago to a year ahead as VEVENTs, each with its songs in
	 * order and their keys.
	 */
	String calendar(String host) {
		// the team's today: the clock carries canticle.time-zone
		LocalDate today = LocalDate.now(clock);
		LocalDate from = today.minusDays(FEED_DAYS_BACK);
		LocalDate to = today.plusDays(FEED_DAYS_AHEAD);
		List<ReportRepository.PlanRow> rows = plans.plansBetween(from, to, FEED_MAX_PLANS);
		Map<Long, List<String>> songsByPlan = new LinkedHashMap<>();
		for (ReportRepository.ItemRow item : plans.itemsBetween(from, to)) {
			List<String> lines = songsByPlan.computeIfAbsent(item.planId(), k -> new ArrayList<>());
			if ("SONG".equals(item.type())) {
				lines.add(item.title() + (item.key() == null ? "" : " (" + item.key() + ")"));
			}
			else {
				lines.add("— " + item.title());
			}
		}
		Instant now = clock.instant();
		ICalendar ics = new ICalendar().line("BEGIN", "VCALENDAR")
			.line("VERSION", "2.0")
			.line("PRODID", "-//Canticle//Service plans//EN")
			.line("CALSCALE", "GREGORIAN")
			.line("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", "Canticle service plans");
		for (ReportRepository.PlanRow plan : rows) {
			List<String> description = new ArrayList<>();
			if (plan.leader() != null) {
				description.add("Leader: " + plan.leader());
			}
			List<String> songs = songsByPlan.getOrDefault(plan.id(), List.of());
			int n = 0;
			for (String song : songs) {
				description.add(song.startsWith("— ") ? song : (++n) + ". " + song);
			}
			if (plan.notes() != null && !plan.notes().isBlank()) {
				description.add("");
				description.add(plan.notes());
			}
			ics.line("BEGIN", "VEVENT")
				.text("UID", "plan-" + plan.id() + "@" + host)
				.stamp("DTSTAMP", now)
				.stamp("LAST-MODIFIED", plan.updatedAt().toInstant())
				.date("DTSTART", plan.date())
				.date("DTEND", plan.date().plusDays(1))
				.text("SUMMARY", plan.title())
				.text("DESCRIPTION", String.join("\n", description))
				.line("TRANSP", "TRANSPARENT")
				.line("END", "VEVENT");
		}
		return ics.line("END", "VCALENDAR").build();
	}

}
