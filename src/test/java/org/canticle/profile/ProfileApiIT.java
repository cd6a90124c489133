package org.canticle.profile;

import java.util.UUID;

import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(roles = "LEADER")
class ProfileApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsAProfileAndReadsItBackWithAnETag() {
		String email = unique() + "@Example.org";
		MvcTestResult created = create(profile("Ruth Miller", email, "[\"Vocals\", \"acoustic guitar\", \"vocals\"]"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/profiles/\\d+");
		assertThat(created).bodyJson().extractingPath("$.email").isEqualTo(email.toLowerCase());
		assertThat(created).bodyJson()
			.extractingPath("$.instruments")
			.asArray()
			.containsExactly("Vocals", "acoustic guitar");
		assertThat(created).bodyJson().extractingPath("$.preferredKeys").asArray().isEmpty();

		MvcTestResult read = mvc.get().uri(created.getResponse().getHeader(HttpHeaders.LOCATION)).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.name").isEqualTo("Ruth Miller");
		assertThat(read.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(created.getResponse().getHeader(HttpHeaders.ETAG));
		MvcTestResult cached = mvc.get()
			.uri("/api/profiles/{id}", idOf(created))
			.header(HttpHeaders.IF_NONE_MATCH, read.getResponse().getHeader(HttpHeaders.ETAG))
			.exchange();
		assertThat(cached).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(StatementCount.of(cached)).isEqualTo(1);
	}

	@Test
	void aDuplicateEmailIs409AndNothingIsSaved() {
		String email = unique() + "@example.org";
		long first = idOf(create(profile("First", email, "[]")));
		long before = profileCount();

		MvcTestResult duplicate = create(profile("Second", email.toUpperCase(), "[]"));
		assertThat(duplicate).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(duplicate).bodyJson().extractingPath("$.title").isEqualTo("Email already in use");
		assertThat(profileCount()).isEqualTo(before);

		long second = idOf(create(profile("Second", unique() + "@example.org", "[]")));
		String etag = etagOf(second);
		assertThat(put(second, etag, profile("Second", email, "[]"))).hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.sql("SELECT email FROM profile WHERE id = ?").param(second).query(String.class).single())
			.isNotEqualTo(email);
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void invalidFieldsAreListedAndNothingIsSaved() {
		long before = profileCount();
		MvcTestResult result = create("""
				{"name": " ", "email": "not-an-email", "instruments": ["bass, drums", ""]}""");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("name", "email", "instruments[0]", "instruments[1]");
		assertThat(profileCount()).isEqualTo(before);
		assertThat(mvc.post().uri("/api/profiles").contentType(MediaType.TEXT_PLAIN).content("x").exchange())
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(create("{\"name\": ")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void replacingNeedsIfMatchAndRefusesAStaleOne() {
		long id = idOf(create(profile("Ben", unique() + "@example.org", "[\"keys\"]")));
		String etag = etagOf(id);
		assertThat(put(id, null, profile("Ben", null, "[]"))).hasStatus(HttpStatus.PRECONDITION_REQUIRED);
		MvcTestResult replaced = put(id, etag, profile("Ben Okafor", null, "[\"keys\", \"vocals\"]"));
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(replaced).bodyJson().extractingPath("$.email").isNull();
		assertThat(put(id, etag, profile("Lost", null, "[]"))).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(put(Long.MAX_VALUE, "*", profile("Nobody", null, "[]"))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void preferredKeysAreSetInCanonicalSpellingAndShownWithTheSongTitle() {
		long profile = idOf(create(profile("Singer", null, "[]")));
		long song = song("Be Thou My Vision " + unique());
		String before = etagOf(profile);

		MvcTestResult set = setKey(profile, song, "bb");
		assertThat(set).hasStatusOk();
		assertThat(set).bodyJson().extractingPath("$.key").isEqualTo("Bb");
		assertThat(set).bodyJson().extractingPath("$.songId").isEqualTo((int) song);
		assertThat(StatementCount.of(set)).as("touch profile, song, delete, insert").isEqualTo(4);
		assertThat(setKey(profile, song, "F#m")).hasStatusOk();

		MvcTestResult read = mvc.get().uri("/api/profiles/{id}", profile).exchange();
		assertThat(read).bodyJson().extractingPath("$.preferredKeys[0].key").isEqualTo("F#m");
		assertThat(read).bodyJson().extractingPath("$.preferredKeys[0].songTitle").asString().startsWith("Be Thou");
		assertThat(read).bodyJson().extractingPath("$.preferredKeys").asArray().hasSize(1);
		assertThat(read.getResponse().getHeader(HttpHeaders.ETAG)).as("keys are part of the profile")
			.isNotEqualTo(before);

		MvcTestResult cleared = mvc.delete().uri("/api/profiles/{id}/keys/{song}", profile, song).exchange();
		assertThat(cleared).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(StatementCount.of(cleared)).isEqualTo(3);
		assertThat(mvc.get().uri("/api/profiles/{id}", profile).exchange()).bodyJson()
			.extractingPath("$.preferredKeys")
			.asArray()
			.isEmpty();
		assertThat(mvc.delete().uri("/api/profiles/{id}/keys/{song}", profile, song).exchange())
			.as("clearing an unset key")
			.hasStatus(HttpStatus.NO_CONTENT);
	}

	@Test
	void preferredKeysRefuseBadKeysUnknownProfilesAndUnknownOrArchivedSongs() {
		long profile = idOf(create(profile("Picky", null, "[]")));
		long song = song("Key test " + unique());
		assertThat(setKey(profile, song, "H")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("key");
		assertThat(setKey(Long.MAX_VALUE, song, "G")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Profile not found");
		assertThat(setKey(profile, Long.MAX_VALUE, "G")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Song not found");
		jdbc.sql("UPDATE song SET archived_at = CURRENT_TIMESTAMP WHERE id = ?").param(song).update();
		assertThat(setKey(profile, song, "G")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(keyCount(profile)).isZero();
		assertThat(mvc.delete().uri("/api/profiles/{id}/keys/{song}", profile, Long.MAX_VALUE).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void deletingAProfileRemovesItsKeysAndLeavesItsPlansWithoutALeader() {
		long profile = idOf(create(profile("Leaving", null, "[]")));
		long song = song("Farewell " + unique());
		setKey(profile, song, "D");
		MvcTestResult plan = mvc.post()
			.uri("/api/plans")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2031-05-04\", \"title\": \"Led by one who leaves\", \"leaderId\": %d}"
				.formatted(profile))
			.exchange();
		assertThat(plan).hasStatus(HttpStatus.CREATED);
		long planId = idOf(plan);

		MvcTestResult deleted = mvc.delete().uri("/api/profiles/{id}", profile).exchange();
		assertThat(deleted).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(StatementCount.of(deleted)).isEqualTo(1);
		assertThat(mvc.get().uri("/api/profiles/{id}", profile).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(keyCount(profile)).isZero();
		MvcTestResult read = mvc.get().uri("/api/plans/{id}", planId).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.leaderId").isNull();
		assertThat(mvc.delete().uri("/api/profiles/{id}", profile).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void listingIsPagedAndBounded() {
		create(profile("Listed " + unique(), null, "[]"));
		MvcTestResult page = mvc.get().uri("/api/profiles?size=1").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items").asArray().hasSize(1);
		assertThat(page).bodyJson().extractingPath("$.size").isEqualTo(1);
		assertThat(page).bodyJson().extractingPath("$.items[0]").asMap().doesNotContainKey("preferredKeys");
		assertThat(StatementCount.of(page)).as("count, page").isEqualTo(2);
		assertThat(mvc.get().uri("/api/profiles?size=1000").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/profiles?page=-1").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void eachEndpointSendsAFixedNumberOfStatements() {
		MvcTestResult created = create(profile("Counted", unique() + "@example.org", "[]"));
		assertThat(StatementCount.of(created)).as("insert, read back").isEqualTo(2);
		long id = idOf(created);
		long song = song("Counted song " + unique());
		setKey(id, song, "G");
		MvcTestResult read = mvc.get().uri("/api/profiles/{id}", id).exchange();
		assertThat(StatementCount.of(read)).as("profile, keys").isEqualTo(2);
		assertThat(StatementCount
			.of(put(id, read.getResponse().getHeader(HttpHeaders.ETAG), profile("Counted", null, "[]"))))
			.as("update, profile, keys")
			.isEqualTo(3);
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersReadButCannotWrite() {
		assertThat(mvc.get().uri("/api/profiles").exchange()).hasStatusOk();
		assertThat(create(profile("Nope", null, "[]"))).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(setKey(1, 1, "G")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult create(String json) {
		return mvc.post().uri("/api/profiles").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult put(long id, String etag, String json) {
		var request = mvc.put().uri("/api/profiles/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json);
		if (etag != null) {
			request = request.header(HttpHeaders.IF_MATCH, etag);
		}
		return request.exchange();
	}

	private MvcTestResult setKey(long profile, long song, String key) {
		return mvc.put()
			.uri("/api/profiles/{id}/keys/{song}", profile, song)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\": \"" + key + "\"}")
			.exchange();
	}

	private String etagOf(long id) {
		return mvc.get().uri("/api/profiles/{id}", id).exchange().getResponse().getHeader(HttpHeaders.ETAG);
	}

	private long song(String title) {
		return idOf(mvc.post()
			.uri("/api/songs")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"" + title + "\", \"key\": \"D\", \"chordpro\": \"[D]Be thou my vision\"}")
			.exchange());
	}

	private long idOf(MvcTestResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long profileCount() {
		return jdbc.sql("SELECT COUNT(*) FROM profile").query(Long.class).single();
	}

	private long keyCount(long profile) {
		return jdbc.sql("SELECT COUNT(*) FROM preferred_key WHERE profile_id = ?")
			.param(profile)
			.query(Long.class)
			.single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String profile(String name, String email, String instruments) {
		return """
				{"name": "%s", "email": %s, "instruments": %s, "notes": "sings alto"}""".formatted(name,
				email == null ? "null" : "\"" + email + "\"", instruments);
	}

}
