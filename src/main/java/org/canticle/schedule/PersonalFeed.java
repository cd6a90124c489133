package org.canticle.schedule;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.canticle.mail.MailSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's own iCalendar feed: the services and rehearsals they serve at (declined
 * requests left out), with their position. Like the team feed, the URL's token is the
 * key: calendar apps cannot sign in.
 */
@Service
class PersonalFeed {

	static final int DAYS_BACK = 183;

	static final int MAX_ITEMS = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ScheduleRepository repository;

	private final LocalTimes times;

	private final MailSettings mail;

	PersonalFeed(ScheduleRepository repository, LocalTimes times, MailSettings mail) {
		this.repository = repository;
		this.times = times;
		this.mail = mail;
	}

	/** The feed's URL, made on first use. */
	@Transactional
	String url(long profileId) {
		String token = repository.feedToken(profileId).orElseGet(() -> rotate(profileId));
		return mail.base() + "/calendar/me/" + token + ".ics";
	}

	/** A new token: the old URL stops working. */
	@Transactional
	String rotate(long profileId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		repository.saveFeedToken(profileId, token, times.now());
		return token;
	}

	/** The calendar, or empty for an unknown token: three statements. */
	@Transactional(readOnly = true)
	Optional<String> calendar(String token, String host) {
		if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]+")) {
			return Optional.empty();
		}
		return repository.feedOwner(token).map(owner -> render(owner, host));
	}

	private String render(ScheduleRepository.FeedOwner owner, String host) {
		LocalDate from = times.today().minusDays(DAYS_BACK);
		List<ScheduleRepository.MyAssignment> assignments = repository.assignmentsOf(owner.profileId(), from,
				MAX_ITEMS);
		List<PlanTime> planTimes = repository.timesOfAssignments(owner.profileId(), from);
		Instant now = times.now();
		CalendarText ics = new CalendarText().line("BEGIN", "VCALENDAR")
			.line("VERSION", "2.0")
			.line("PRODID", "-//Canticle//My schedule//EN")
			.line("CALSCALE", "GREGORIAN")
			.line("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", "Canticle: " + owner.name());
		for (ScheduleRepository.MyAssignment mine : assignments) {
			Assignment assignment = mine.assignment();
			if (assignment.status() == AssignmentStatus.DECLINED) {
				continue;
			}
			String status = assignment.status() == AssignmentStatus.PENDING ? " (not answered yet)" : "";
			List<PlanTime> own = planTimes.stream().filter(t -> t.planId() == assignment.planId()).toList();
			if (own.isEmpty()) {
				ics.line("BEGIN", "VEVENT")
					.line("UID", "assignment-" + assignment.id() + "@" + host)
					.stamp("DTSTAMP", now)
					.date("DTSTART", mine.date())
					.date("DTEND", mine.date().plusDays(1))
					.text("SUMMARY", assignment.positionName() + ": " + mine.planTitle() + status)
					.text("URL", mail.base() + "/plans/" + assignment.planId())
					.line("END", "VEVENT");
				continue;
			}
			for (PlanTime time : own) {
				ics.line("BEGIN", "VEVENT")
					.line("UID", "assignment-" + assignment.id() + "-time-" + time.id() + "@" + host)
					.stamp("DTSTAMP", now)
					.stamp("DTSTART", time.startsAt())
					.stamp("DTEND", time.endsAt() != null ? time.endsAt() : time.startsAt().plusSeconds(3600))
					.text("SUMMARY",
							time.kind().label() + ": " + mine.planTitle() + " (" + assignment.positionName() + ")"
									+ status)
					.text("URL", mail.base() + "/plans/" + assignment.planId())
					.line("END", "VEVENT");
			}
		}
		return ics.line("END", "VCALENDAR").build();
	}

}
