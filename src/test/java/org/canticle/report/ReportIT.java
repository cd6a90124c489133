package org.canticle.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

@IntegrationTest
@WithMockUser(username = "leader", roles = "LEADER")
class ReportIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long createSong(String title, String key, String chordpro, Long ccli) {
		String body = json.writeValueAsString(Map.of("title", title, "key", key, "chordpro", chordpro, "authors",
				"=cmd|' /C calc'!A0", "ccliNumber", ccli == null ? 0 : ccli));
		if (ccli == null) {
			body = body.replace(",\"ccliNumber\":0", "").replace("\"ccliNumber\":0,", "");
		}
		MvcTestResult created = mvc.post()
			.uri("/api/songs")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return Long.parseLong(created.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll("\\D", ""));
	}

	long plan(LocalDate date, String title) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql(
				"INSERT INTO plan (plan_date, title, notes, created_at, updated_at) VALUES (:d, :t, 'Communion, then coffee', :n, :n)")
			.param("d", date)
			.param("t", title)
			.param("n", now)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void item(long plan, int position, Long song, String title, String key, Integer capo) {
		jdbc.sql(
				"INSERT INTO plan_item (plan_id, position, item_type, song_id, title, song_key, capo) VALUES (:p, :pos, :type, :s, :t, :k, :c)")
			.param("p", plan)
			.param("pos", position)
			.param("type", song == null ? "HEADER" : "SONG")
			.param("s", song)
			.param("t", title)
			.param("k", key)
			.param("c", capo)
			.update();
	}

	@Test
	void theUsageReportCountsPlansInTheRangeWithCcliNumbersAndGuardsAgainstFormulas() throws Exception {
		long ccli = 100_000_000L + (long) (Math.random() * 800_000_000L);
		String title = unique("Used");
		long song = createSong(title, "G", "[G]x", ccli);
		long first = plan(LocalDate.of(2019, 3, 3), unique("March"));
		item(first, 0, song, null, null, null);
		long second = plan(LocalDate.of(2019, 3, 10), unique("Later"));
		item(second, 0, song, null, null, null);
		long outside = plan(LocalDate.of(2019, 5, 1), unique("Outside"));
		item(outside, 0, song, null, null, null);

		MvcTestResult result = mvc.get().uri("/api/reports/usage.csv?from=2019-03-01&to=2019-03-31").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Title,Authors,CCLI Song Number,Times Used,Last Used\r\n")
			.contains(title + ",'=cmd|' /C calc'!A0," + ccli + ",2,2019-03-10\r\n");
	}

	@Test
	void aUsageRangeBackwardsIsABadRequest() {
		assertThat(mvc.get().uri("/api/reports/usage.csv?from=2020-02-01&to=2020-01-01").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersCannotReadTheUsageReportOrTheFeedUrl() {
		assertThat(mvc.get().uri("/api/reports/usage.csv?from=2020-01-01&to=2020-02-01").exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/api/calendar/feed").exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCalendarFeedServesPlansWithoutLoginUntilItsUrlIsRotated() throws Exception {
		LocalDate date = LocalDate.now(ZoneOffset.UTC).plusDays(10);
		String title = unique("Evening, praise; and \\ prayer");
		long song = createSong(unique("Feed song"), "G", "[G]x", null);
		long planId = plan(date, title);
		item(planId, 0, song, null, "A", null);

		Map<String, Object> feed = json
			.readValue(mvc.get().uri("/api/calendar/feed").exchange().getResponse().getContentAsByteArray(), Map.class);
		String path = ((String) feed.get("url")).replaceFirst("^https?://[^/]+", "");
		assertThat(path).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");

		MvcTestResult ics = mvc.get().uri(path).with(anonymous()).exchange();
		assertThat(ics).hasStatusOk();
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		String body = ics.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		String unfolded = body.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:plan-" + planId + "@",
				"DTSTART;VALUE=DATE:" + date.toString().replace("-", ""),
				"SUMMARY:" + title.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;"),
				"DESCRIPTION:1. Feed song", " (A)\\n\\nCommunion\\, then coffee");
		assertThat(body.lines()).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);

		Map<String, Object> rotated = json.readValue(
				mvc.post().uri("/api/calendar/feed/rotate").exchange().getResponse().getContentAsByteArray(),
				Map.class);
		assertThat(rotated.get("url")).isNotEqualTo(feed.get("url"));
		assertThat(mvc.get().uri(path).with(anonymous()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/calendar/not-a-token.ics").with(anonymous()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
