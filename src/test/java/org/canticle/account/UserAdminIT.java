package org.canticle.account;

import java.util.List;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class UserAdminIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminAddsAUserWithALowerCasedEmailWhoCanThenSignIn() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		String email = Accounts.uniqueEmail("New.Singer").toUpperCase();
		MvcTestResult created = createUser(admin, email, "Choir-Practice-Tuesday");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.email").isEqualTo(email.toLowerCase());
		assertThat(created).bodyJson().extractingPath("$.role").isEqualTo("MEMBER");
		assertThat(created).bodyText()
			.doesNotContain("Choir-Practice-Tuesday")
			.doesNotContain("bcrypt")
			.doesNotContain("password");
		assertThat(createUser(admin, email.toLowerCase(), "Choir-Practice-Tuesday")).hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", "Choir-Practice-Tuesday")
			.with(csrf())
			.with(LoginIT.remoteAddress("10.3.0.1"))
			.exchange()).hasRedirectedUrl("/");
	}

	@Test
	void weakAndCommonPasswordsAreRefusedAndNothingIsSaved() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		for (String weak : new String[] { "short", "password123", "Sunshine2024!", "qwertyuiop", "aaaaaaaaaaaa" }) {
			String email = Accounts.uniqueEmail("weak");
			assertThat(createUser(admin, email, weak)).as(weak)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("password");
			assertThat(
					jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = ?").param(email).query(Long.class).single())
				.isZero();
		}
	}

	@Test
	void aUserReadWithAMatchingETagIsNotModified() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		AccountPrincipal member = accounts.create(Role.MEMBER);
		MvcTestResult read = mvc.get().uri("/api/users/{id}", member.id()).with(Accounts.session(admin)).exchange();
		String etag = read.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.get()
			.uri("/api/users/{id}", member.id())
			.with(Accounts.session(admin))
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(mvc.get()
			.uri("/api/users/{id}", member.id())
			.with(Accounts.session(admin))
			.header(HttpHeaders.IF_NONE_MATCH, "\"user-0-v0\"")
			.exchange()).hasStatusOk();
	}

	@Test
	void theUserListNeverShowsPasswords() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		MvcTestResult list = mvc.get().uri("/api/users").with(Accounts.session(admin)).exchange();
		assertThat(list).hasStatusOk()
			.bodyText()
			.contains(admin.email())
			.doesNotContain("{bcrypt}")
			.doesNotContain("$2a$")
			.doesNotContain("passwordHash");
		assertThat(mvc.get().uri("/admin/users").with(Accounts.session(admin)).exchange()).hasStatusOk()
			.bodyText()
			.contains(admin.email())
			.doesNotContain("{bcrypt}");
	}

	@Test
	@Transactional // rolled back: it leaves a single enabled admin for a moment, which
					// other tests must not see
	void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN'").update();
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		assertThat(
				mvc.delete().uri("/api/users/{id}", admin.id()).with(Accounts.session(admin)).with(csrf()).exchange())
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Last admin");
		String etag = mvc.get()
			.uri("/api/users/{id}", admin.id())
			.with(Accounts.session(admin))
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(mvc.put()
			.uri("/api/users/{id}", admin.id())
			.with(Accounts.session(admin))
			.with(csrf())
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"LEADER\", \"enabled\": true}")
			.exchange()).hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.sql("SELECT role FROM app_user WHERE id = ?").param(admin.id()).query(String.class).single())
			.isEqualTo("ADMIN");
	}

	@Test
	void disablingAUserEndsTheirSessionAtOnce() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		AccountPrincipal member = accounts.create(Role.MEMBER);
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post()
			.uri("/login")
			.param("email", member.email())
			.param("password", Accounts.PASSWORD)
			.session(session)
			.with(csrf())
			.with(LoginIT.remoteAddress("10.3.0.2"))
			.exchange()).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/api/songs").session(session).exchange()).hasStatusOk();

		assertThat(
				mvc.delete().uri("/api/users/{id}", member.id()).with(Accounts.session(admin)).with(csrf()).exchange())
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(mvc.get().uri("/api/songs").session(session).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aChangeNeedsIfMatchAndLinksAProfile() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		AccountPrincipal member = accounts.create(Role.MEMBER);
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO profile (name, created_at, updated_at) VALUES ('Linked singer', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.update(key, "id");
		long profile = key.getKeyAs(Number.class).longValue();
		String change = "{\"role\": \"MEMBER\", \"enabled\": true, \"profileId\": %d}".formatted(profile);
		assertThat(mvc.put()
			.uri("/api/users/{id}", member.id())
			.with(Accounts.session(admin))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)
			.exchange()).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		String etag = mvc.get()
			.uri("/api/users/{id}", member.id())
			.with(Accounts.session(admin))
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(mvc.put()
			.uri("/api/users/{id}", member.id())
			.with(Accounts.session(admin))
			.with(csrf())
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.profileId").isEqualTo((int) profile);
		assertThat(mvc.put()
			.uri("/api/users/{id}", member.id())
			.with(Accounts.session(admin))
			.with(csrf())
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"MEMBER\", \"enabled\": true, \"profileId\": 999999999}")
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aMemberSetsPreferredKeysOnlyOnTheProfileLinkedToThem() {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO profile (name, created_at, updated_at) VALUES ('Alto', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.update(key, "id");
		long profile = key.getKeyAs(Number.class).longValue();
		AccountPrincipal linked = accounts.create(Role.MEMBER, profile);
		AccountPrincipal other = accounts.create(Role.MEMBER);
		String uri = "/api/profiles/" + profile + "/keys/1";
		// the profile routes live on another branch: passing security here means "not
		// 401/403"
		assertThat(mvc.put()
			.uri(uri)
			.with(Accounts.session(linked))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\": \"G\"}")
			.exchange()
			.getResponse()
			.getStatus()).isNotIn(401, 403);
		assertThat(
				mvc.delete().uri(uri).with(Accounts.session(linked)).with(csrf()).exchange().getResponse().getStatus())
			.isNotIn(401, 403);
		assertThat(mvc.put()
			.uri(uri)
			.with(Accounts.session(other))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\": \"G\"}")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.put()
			.uri("/api/profiles/" + profile)
			.with(Accounts.session(linked))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theAuditLogSaysWhoCreatedAndWhoLastChangedASong() {
		AccountPrincipal creator = accounts.create(Role.LEADER);
		AccountPrincipal editor = accounts.create(Role.LEADER);
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		MvcTestResult created = mvc.post()
			.uri("/api/songs")
			.with(Accounts.session(creator))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Audited\", \"chordpro\": \"[C]la\"}")
			.exchange();
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		mvc.put()
			.uri(location)
			.with(Accounts.session(editor))
			.with(csrf())
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Audited 2\", \"chordpro\": \"[C]la\"}")
			.exchange();

		var row = jdbc.sql("SELECT created_by, updated_by FROM song WHERE id = ?").param(id).query().singleRow();
		assertThat(((Number) row.get("created_by")).longValue()).isEqualTo(creator.id());
		assertThat(((Number) row.get("updated_by")).longValue()).isEqualTo(editor.id());

		MvcTestResult log = mvc.get()
			.uri("/api/audit?kind=song&targetId={id}", id)
			.with(Accounts.session(admin))
			.exchange();
		assertThat(log).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].action")
			.asArray()
			.containsExactly("song.update", "song.create");
		assertThat(log).bodyJson()
			.extractingPath("$.items[*].actor")
			.asArray()
			.containsExactly(editor.email(), creator.email());
		assertThat(mvc.get().uri("/admin/audit").with(Accounts.session(admin)).exchange()).hasStatusOk()
			.bodyText()
			.contains("song.update");
		assertThat(mvc.get().uri("/api/audit?size=500").with(Accounts.session(admin)).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theAuditLogSaysWhoCreatedAPlanAndWhoLastChangedItOrItsItems() {
		AccountPrincipal creator = accounts.create(Role.LEADER);
		AccountPrincipal editor = accounts.create(Role.LEADER);
		AccountPrincipal arranger = accounts.create(Role.LEADER);
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		MvcTestResult created = mvc.post()
			.uri("/api/plans")
			.with(Accounts.session(creator))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2034-02-05\", \"title\": \"Audited\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(mvc.put()
			.uri(location)
			.with(Accounts.session(editor))
			.with(csrf())
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2034-02-12\", \"title\": \"Audited 2\"}")
			.exchange()).hasStatusOk();
		assertThat(authors("plan", id)).containsExactly(creator.id(), editor.id());

		// a change to the items is a change to the plan
		assertThat(mvc.post()
			.uri(location + "/items")
			.with(Accounts.session(arranger))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"HEADER\", \"title\": \"Welcome\"}")
			.exchange()).hasStatus(HttpStatus.CREATED);
		assertThat(authors("plan", id)).containsExactly(creator.id(), arranger.id());

		MvcTestResult log = mvc.get()
			.uri("/api/audit?kind=plan&targetId={id}", id)
			.with(Accounts.session(admin))
			.exchange();
		assertThat(log).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].action")
			.asArray()
			.containsExactly("plan.update", "plan.update", "plan.create");
		assertThat(log).bodyJson()
			.extractingPath("$.items[*].actor")
			.asArray()
			.containsExactly(arranger.email(), editor.email(), creator.email());

		assertThat(mvc.delete().uri(location).with(Accounts.session(editor)).with(csrf()).exchange())
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/api/audit?kind=plan&targetId={id}", id).with(Accounts.session(admin)).exchange())
			.bodyJson()
			.extractingPath("$.items[0].action")
			.isEqualTo("plan.delete");
	}

	/** created_by, updated_by of a song or plan. */
	private List<Long> authors(String table, long id) {
		var row = jdbc.sql("SELECT created_by, updated_by FROM " + table + " WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		return List.of(((Number) row.get("created_by")).longValue(), ((Number) row.get("updated_by")).longValue());
	}

	private MvcTestResult createUser(AccountPrincipal admin, String email, String password) {
		return mvc.post()
			.uri("/api/users")
			.with(Accounts.session(admin))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s", "displayName": "New singer", "role": "MEMBER", "password": "%s"}""".formatted(email,
					password))
			.exchange();
	}

}
