package org.canticle.printing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
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

@IntegrationTest
@WithMockUser(username = "leader", roles = "LEADER")
class PrintIT {

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
	void aSongPdfInBbShowsFlatSignsAndEveryLyric() throws IOException {
		long id = createSong(unique("Grace"), "G",
				"[G]Amazing grace, how [C]sweet the [G]sound\nThat saved a [Em]wretch like [D]me", null);
		MvcTestResult result = mvc.get().uri("/api/songs/{id}/pdf?key=Bb", id).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
		String text = PdfChartsTest.text(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("B♭", "E♭", "Gm", "F", "Amazing grace, how", "sweet the", "That saved a",
				"wretch like");
	}

	@Test
	void aSongPdfInAnUnknownKeyIsABadRequest() {
		long id = createSong(unique("Keyed"), "G", "[G]x", null);
		assertThat(mvc.get().uri("/api/songs/{id}/pdf?key=H", id).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aPlanPdfPrintsACoverAndEachSongInItsPlanKeyInAFixedNumberOfStatements() throws IOException {
		long grace = createSong(unique("Grace"), "G", "[G]Amazing [C]grace", null);
		long vision = createSong(unique("Vision"), "D", "[D]Be thou my [G]vision", null);
		long small = plan(LocalDate.of(2026, 6, 7), unique("Small"));
		item(small, 0, grace, null, "Bb", null);
		long big = plan(LocalDate.of(2026, 6, 14), unique("Big service"));
		item(big, 0, null, "Welcome", null, null);
		for (int i = 1; i <= 12; i++) {
			item(big, i, i % 2 == 0 ? grace : vision, null, i % 2 == 0 ? "Eb" : null, i == 1 ? 2 : null);
		}

		MvcTestResult one = mvc.get().uri("/api/plans/{id}/pdf", small).exchange();
		MvcTestResult many = mvc.get().uri("/api/plans/{id}/pdf", big).exchange();
		assertThat(one).hasStatusOk();
		assertThat(many).hasStatusOk();
		assertThat(StatementCount.of(many)).isEqualTo(StatementCount.of(one));
		byte[] pdf = many.getResponse().getContentAsByteArray();
		assertThat(PdfChartsTest.pages(pdf)).isEqualTo(13);
		String text = PdfChartsTest.text(pdf);
		assertThat(text).contains("Order of service", "Welcome", "Sunday 14 June 2026", "E♭", "A♭", "Capo 2",
				"Be thou my", "vision", "Amazing", "grace");

		String lyrics = PdfChartsTest.text(mvc.get()
			.uri("/api/plans/{id}/pdf?lyricsOnly=true", small)
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		assertThat(lyrics).contains("Amazing grace").doesNotContain("B♭");
	}

	@Test
	void aMissingPlanIs404() {
		assertThat(mvc.get().uri("/api/plans/{id}/pdf", Long.MAX_VALUE).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

}
