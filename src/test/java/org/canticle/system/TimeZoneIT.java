package org.canticle.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.canticle.support.IntegrationTest;
import org.canticle.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

/**
 * "Today" is the team's today ({@code canticle.time-zone}), around midnight and across
 * daylight-saving changes: upcoming and past plans, the default Sunday of a new plan, a
 * song's "last used", the calendar feed's window. New York here, where UTC's date changes
 * at 19:00 or 20:00 local time; the dates are in 2031, away from the other tests' plans.
 */
@IntegrationTest
@WithMockUser(roles = "LEADER")
@TestPropertySource(properties = "canticle.time-zone=America/New_York")
class TimeZoneIT {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final TestClock CLOCK = new TestClock(NEW_YORK, Instant.now());

	@TestBean
	java.time.Clock clock;

	static java.time.Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@AfterEach
	void realTime() {
		CLOCK.set(Instant.now());
	}

	@Test
	void aSundayPlanIsUpcomingUntilMidnightLocalTimeThenPast() {
		String title = plan("2031-12-07");
		// Sunday 20:00 in New York: already Monday in UTC
		CLOCK.set(Instant.parse("2031-12-08T01:00:00Z"));
		assertThat(upcoming()).contains(title);
		assertThat(past()).doesNotContain(title);

		// one second before local midnight
		CLOCK.set(Instant.parse("2031-12-08T04:59:59Z"));
		assertThat(upcoming()).contains(title);

		// local midnight
		CLOCK.set(Instant.parse("2031-12-08T05:00:00Z"));
		assertThat(upcoming()).doesNotContain(title);
		assertThat(past()).contains(title);
	}

	@Test
	void theNewPlanFormProposesTheTeamsComingSunday() {
		// Sunday 23:30 in New York, Monday in UTC: this Sunday still
		CLOCK.set(Instant.parse("2031-12-08T04:30:00Z"));
		assertThat(plansPage()).contains("value=\"2031-12-07\"");

		// Monday 00:00: the next one
		CLOCK.set(Instant.parse("2031-12-08T05:00:00Z"));
		assertThat(plansPage()).contains("value=\"2031-12-14\"");
	}

	@Test
	void daylightSavingChangesMoveLocalMidnight() {
		// spring forward on Sunday 9 March 2031: midnight after it is 04:00 UTC, not
		// 05:00
		String spring = plan("2031-03-09");
		CLOCK.set(Instant.parse("2031-03-10T03:59:00Z"));
		assertThat(upcoming()).contains(spring);
		CLOCK.set(Instant.parse("2031-03-10T04:30:00Z"));
		assertThat(past()).contains(spring);

		// fall back on Sunday 2 November 2031: that Sunday starts at 04:00 UTC (EDT)
		String fall = plan("2031-11-02");
		CLOCK.set(Instant.parse("2031-11-02T04:30:00Z"));
		assertThat(upcoming()).contains(fall);
		assertThat(plansPage()).contains("value=\"2031-11-02\"");
		CLOCK.set(Instant.parse("2031-11-02T03:30:00Z"));
		assertThat(plansPage()).contains("value=\"2031-11-02\"");
		assertThat(upcoming()).contains(fall);
		// the Sunday ends at 05:00 UTC (EST)
		CLOCK.set(Instant.parse("2031-11-03T04:30:00Z"));
		assertThat(upcoming()).contains(fall);
		CLOCK.set(Instant.parse("2031-11-03T05:00:00Z"));
		assertThat(past()).contains(fall);
	}

	@Test
	void aSongSungThisSundayEveningWasLastUsedTodayNotYesterday() throws Exception {
		String title = "Evensong " + unique();
		long song = id(post("/api/songs", """
				{"title": "%s", "key": "G", "chordpro": "[G]Amen"}""".formatted(title)));
		long plan = id(post("/api/plans", "{\"date\": \"2031-12-07\", \"title\": \"Evening\"}"));
		post("/api/plans/" + plan + "/items", "{\"type\": \"SONG\", \"songId\": " + song + "}");

		CLOCK.set(Instant.parse("2031-12-08T02:00:00Z"));
		String row = mvc.get().uri("/songs?q={q}", title).exchange().getResponse().getContentAsString();
		assertThat(row).contains("datetime=\"2031-12-07\">today</time>");

		// Saturday evening local: the Sunday plan is not a use yet
		CLOCK.set(Instant.parse("2031-12-07T02:00:00Z"));
		row = mvc.get().uri("/songs?q={q}", title).exchange().getResponse().getContentAsString();
		assertThat(row).contains("never").doesNotContain("datetime=\"2031-12-07\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCalendarFeedWindowStartsHalfAYearBeforeTheTeamsToday() throws Exception {
		// Sunday 21:00 local, Monday in UTC; the window reaches back 183 days from Sunday
		CLOCK.set(Instant.parse("2031-12-08T02:00:00Z"));
		LocalDate first = LocalDate.of(2031, 12, 7).minusDays(183);
		String inside = plan(first.toString());
		String outside = plan(first.minusDays(1).toString());

		Map<String, Object> feed = json
			.readValue(mvc.get().uri("/api/calendar/feed").exchange().getResponse().getContentAsByteArray(), Map.class);
		String path = ((String) feed.get("url")).replaceFirst("^https?://[^/]+", "");
		String ics = mvc.get()
			.uri(path)
			.with(anonymous())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("\r\n ", "");

		assertThat(ics).contains("SUMMARY:" + inside).doesNotContain("SUMMARY:" + outside);
	}

	private String plan(String date) {
		String title = "Service " + unique();
		post("/api/plans", "{\"date\": \"%s\", \"title\": \"%s\"}".formatted(date, title));
		return title;
	}

	private String plansPage() {
		MvcTestResult page = mvc.get().uri("/plans").exchange();
		assertThat(page).hasStatusOk();
		try {
			return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String upcoming() {
		String page = plansPage();
		return page.substring(page.indexOf("<h2>Upcoming</h2>"), page.indexOf("<h2>Past</h2>"));
	}

	private String past() {
		String page = plansPage();
		return page.substring(page.indexOf("<h2>Past</h2>"));
	}

	private MvcTestResult post(String uri, String body) {
		MvcTestResult result = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
		assertThat(result.getResponse().getStatus()).as(uri + " " + body).isLessThan(300);
		return result;
	}

	private static long id(MvcTestResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
