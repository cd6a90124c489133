package org.canticle.sharing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.canticle.account.AccountPrincipal;
import org.canticle.account.Role;
import org.canticle.account.Secrets;
import org.canticle.account.TestAccounts;
import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class ShareLinkIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private AccountPrincipal leader;

	private long plan;

	private String marker;

	@BeforeEach
	void aPlanWithTwoSongsAndAHeader() {
		leader = accounts.create(Role.LEADER);
		marker = UUID.randomUUID().toString().substring(0, 8);
		plan = insert(
				"INSERT INTO plan (plan_date, title, created_at, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
				LocalDate.of(2025, 6, 1), "Sunday " + marker);
		long first = song("First " + marker, "G");
		long second = song("Second " + marker, "D");
		jdbc.sql(
				"INSERT INTO plan_item (plan_id, position, item_type, song_id, song_key) VALUES (?, 0, 'SONG', ?, 'A')")
			.params(plan, second)
			.update();
		jdbc.sql("INSERT INTO plan_item (plan_id, position, item_type, title) VALUES (?, 1, 'HEADER', 'Offering')")
			.params(plan)
			.update();
		jdbc.sql("INSERT INTO plan_item (plan_id, position, item_type, song_id) VALUES (?, 2, 'SONG', ?)")
			.params(plan, first)
			.update();
	}

	@Test
	void aGuestSeesThePlansSongsInOrderWithoutAnAccount() throws Exception {
		MvcTestResult created = share("{}");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String token = token(created);
		assertThat(created).bodyJson().extractingPath("$.url").asString().endsWith("/share/" + token);
		assertThat(created).bodyJson().extractingPath("$.expiresAt").isNotNull();

		MvcTestResult page = mvc.get().uri("/share/{token}", token).exchange();
		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("Sunday " + marker, "2025-06-01", "Offering");
		assertThat(html.indexOf("Second " + marker + " (A)")).isPositive()
			.isLessThan(html.indexOf("Offering"))
			.isLessThan(html.indexOf("First " + marker + " (G)"));
		assertThat(StatementCount.of(page)).as("link and plan, items").isEqualTo(2);
	}

	@Test
	void aShareLinkOpensItsPlanAndNothingElse() {
		String token = token(share("{}"));
		MockHttpSession guest = new MockHttpSession();
		assertThat(mvc.get().uri("/share/{token}", token).session(guest).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/songs").session(guest).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/plans/{id}/shares", plan).session(guest).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/account").session(guest).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/api/songs").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/songs?share={token}", token).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/share/{token}/songs", token).exchange().getResponse().getStatus()).isIn(302, 404);
	}

	@Test
	void aRevokedLinkAnExpiredLinkAndAnUnknownLinkLookTheSame() {
		String revoked = token(share("{}"));
		long revokedId = jdbc.sql("SELECT id FROM share_link WHERE plan_id = ? ORDER BY id DESC")
			.param(plan)
			.query(Long.class)
			.list()
			.get(0);
		assertThat(mvc.delete()
			.uri("/api/plans/{plan}/shares/{id}", plan, revokedId)
			.with(TestAccounts.session(leader))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.NO_CONTENT);
		String expired = token(share("{}"));
		jdbc.sql("UPDATE share_link SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE token_hash = ?")
			.param(Secrets.sha256(expired))
			.update();

		for (String token : new String[] { revoked, expired, "A".repeat(43) }) {
			assertThat(mvc.get().uri("/share/{token}", token).exchange()).hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("This link does not work")
				.doesNotContain(marker);
		}
	}

	@Test
	void aLinkCanExpireWhenAskedOrNever() {
		assertThat(share("{\"expiresAt\": \"2000-01-01T00:00:00Z\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("expiresAt");
		assertThat(share("{\"neverExpires\": true}")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.expiresAt")
			.isNull();
		assertThat(share("{\"expiresAt\": \"2999-01-01T00:00:00Z\"}")).bodyJson()
			.extractingPath("$.expiresAt")
			.isEqualTo("2999-01-01T00:00:00Z");
	}

	@Test
	void leadersListTheLinksWithoutTheirTokens() {
		String token = token(share("{}"));
		MvcTestResult list = mvc.get()
			.uri("/api/plans/{id}/shares", plan)
			.with(TestAccounts.session(leader))
			.exchange();
		assertThat(list).hasStatusOk().bodyText().doesNotContain(token).contains(token.substring(0, 8));
		assertThat(list).bodyJson().extractingPath("$[0].createdBy").isEqualTo((int) leader.id());
		assertThat(
				mvc.get().uri("/api/plans/{id}/shares", Long.MAX_VALUE).with(TestAccounts.session(leader)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void membersCannotShare() {
		AccountPrincipal member = accounts.create(Role.MEMBER);
		assertThat(mvc.post()
			.uri("/api/plans/{id}/shares", plan)
			.with(TestAccounts.session(member))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult share(String body) {
		return mvc.post()
			.uri("/api/plans/{id}/shares", plan)
			.with(TestAccounts.session(leader))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private static String token(MvcTestResult result) {
		try {
			Map<String, Object> json = new tools.jackson.databind.json.JsonMapper()
				.readValue(result.getResponse().getContentAsString(), Map.class);
			return (String) json.get("token");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long song(String title, String key) {
		return insert("""
				INSERT INTO song (title, song_key, chordpro, search_text, title_search, created_at, updated_at)
				VALUES (?, ?, '[G]la', 'la', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", title, key,
				title.toLowerCase());
	}

	private long insert(String sql, Object... params) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

}
