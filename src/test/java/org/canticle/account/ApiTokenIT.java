package org.canticle.account;

import java.util.Map;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canticle.account.LoginIT.remoteAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@IntegrationTest
class ApiTokenIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionRegistry sessions;

	@Test
	void aScriptGetsATokenWithItsPasswordAndUsesItAsBearer() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		MvcTestResult created = mvc.post()
			.uri("/api/tokens")
			.with(httpBasic(leader.email(), Accounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"planning script\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getCookie("JSESSIONID")).as("Basic starts no session").isNull();
		String token = (String) json(created).get("token");
		assertThat(token).startsWith("cnt_").hasSize(47);

		assertThat(mvc.get().uri("/api/songs").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange())
			.hasStatusOk();
		MvcTestResult list = mvc.get()
			.uri("/api/tokens")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(list).hasStatusOk()
			.bodyText()
			.contains("planning script", token.substring(0, 12))
			.doesNotContain(token);
		assertThat(list).bodyJson().extractingPath("$[0]").asMap().doesNotContainKey("token");
	}

	@Test
	void aTokenRequestStartsNoSession() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		String token = (String) json(tokenByBasic(leader.email(), Accounts.PASSWORD)).get("token");
		int registered = sessions.getAllSessions(leader, true).size();
		MvcTestResult read = bearer(token, "/api/songs");
		MvcTestResult write = mvc.post()
			.uri("/api/songs")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Sessionless\", \"chordpro\": \"[G]La\"}")
			.exchange();
		assertThat(read).hasStatusOk();
		assertThat(write).hasStatus(HttpStatus.CREATED);
		assertThat(read.getRequest().getSession(false)).as("a token request is stateless").isNull();
		assertThat(write.getRequest().getSession(false)).as("a token request is stateless").isNull();
		assertThat(sessions.getAllSessions(leader, true)).as("nothing registered for the token's user")
			.hasSize(registered);
	}

	@Test
	void aTokenIsStoredOnlyAsItsSha256() {
		AccountPrincipal member = accounts.create(Role.MEMBER);
		String token = accounts.tokenFor(member);
		Map<String, Object> row = jdbc.sql("SELECT * FROM api_token WHERE user_id = ?")
			.param(member.id())
			.query()
			.singleRow();
		assertThat(row.get("token_hash")).isEqualTo(Secrets.sha256(token));
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).equals(token));
	}

	@Test
	void aRevokedTokenStopsWorkingAtOnce() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		String token = accounts.tokenFor(leader);
		long id = jdbc.sql("SELECT id FROM api_token WHERE user_id = ?").param(leader.id()).query(Long.class).single();
		assertThat(bearer(token, "/api/songs")).hasStatusOk();
		assertThat(mvc.delete()
			.uri("/api/tokens/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(bearer(token, "/api/songs")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() {
		AccountPrincipal owner = accounts.create(Role.LEADER);
		String token = accounts.tokenFor(owner);
		long id = jdbc.sql("SELECT id FROM api_token WHERE user_id = ?").param(owner.id()).query(Long.class).single();
		assertThat(mvc.delete()
			.uri("/api/tokens/{id}", id)
			.with(Accounts.session(accounts.create(Role.ADMIN)))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(bearer(token, "/api/songs")).hasStatusOk();
	}

	@Test
	void theTokenOfADisabledUserStopsWorking() {
		AccountPrincipal member = accounts.create(Role.MEMBER);
		String token = accounts.tokenFor(member);
		users.disable(member.id());
		assertThat(bearer(token, "/api/songs")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aTokenActsWithItsUsersCurrentRole() {
		AccountPrincipal user = accounts.create(Role.LEADER);
		String token = accounts.tokenFor(user);
		String song = "{\"title\": \"By token\", \"chordpro\": \"[C]la\"}";
		assertThat(mvc.post()
			.uri("/api/songs")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(song)
			.exchange()).as("no CSRF token needed with a Bearer token").hasStatus(HttpStatus.CREATED);
		users.update(user.id(), null, new UserChange(null, Role.MEMBER, true, null, null));
		assertThat(mvc.post()
			.uri("/api/songs")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(song)
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anUnknownTokenIs401EvenWithAValidSession() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		assertThat(mvc.get()
			.uri("/api/songs")
			.with(Accounts.session(leader))
			.header(HttpHeaders.AUTHORIZATION, "Bearer cnt_not-a-real-token")
			.exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aTokenCannotMintAnotherToken() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		String token = accounts.tokenFor(leader);
		assertThat(mvc.post()
			.uri("/api/tokens")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"second\"}")
			.exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void basicPasswordGuessingIsThrottledLikeTheLoginForm() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		for (int i = 0; i < 5; i++) {
			assertThat(tokenByBasic(leader.email(), "Wrong-password-" + i)).hasStatus(HttpStatus.UNAUTHORIZED)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		MvcTestResult locked = tokenByBasic(leader.email(), Accounts.PASSWORD);
		assertThat(locked).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(locked.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
		assertThat(locked.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
	}

	@Test
	void theTokensPageShowsANewTokenOnceAndRevokesWithAButton() {
		AccountPrincipal member = accounts.create(Role.MEMBER);
		MvcTestResult created = mvc.post()
			.uri("/account/tokens")
			.with(Accounts.session(member))
			.with(csrf())
			.param("name", "phone")
			.exchange();
		assertThat(created).hasRedirectedUrl("/account/tokens");
		String token = (String) created.getMvcResult().getFlashMap().get("newToken");
		assertThat(token).startsWith("cnt_");
		MvcTestResult shown = mvc.get()
			.uri("/account/tokens")
			.with(Accounts.session(member))
			.flashAttrs(created.getMvcResult().getFlashMap())
			.exchange();
		assertThat(shown).hasStatusOk().bodyText().contains(token, "phone", "Revoke");
		assertThat(mvc.get().uri("/account/tokens").with(Accounts.session(member)).exchange()).bodyText()
			.contains("phone")
			.doesNotContain(token);

		long id = jdbc.sql("SELECT id FROM api_token WHERE user_id = ?").param(member.id()).query(Long.class).single();
		assertThat(mvc.post()
			.uri("/account/tokens/{id}/revoke", id)
			.with(Accounts.session(member))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/account/tokens");
		assertThat(bearer(token, "/api/songs")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult tokenByBasic(String email, String password) {
		return mvc.post()
			.uri("/api/tokens")
			.with(httpBasic(email, password))
			.with(remoteAddress("10.2.0.1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\"}")
			.exchange();
	}

	private MvcTestResult bearer(String token, String uri) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(MvcTestResult result) {
		try {
			return new tools.jackson.databind.json.JsonMapper().readValue(result.getResponse().getContentAsString(),
					Map.class);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
