package org.canticle.song;

import java.time.LocalDate;
import java.util.UUID;

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
@WithMockUser(roles = "LEADER")
class SongApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsASongAndReadsItBackWithAnETag() {
		MvcTestResult created = create(song("Amazing Grace", "G", "[G]Amazing [C]grace"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/songs/\\d+");
		assertThat(created).bodyJson().extractingPath("$.title").isEqualTo("Amazing Grace");
		assertThat(created).bodyJson().extractingPath("$.tags").asArray().containsExactly("hymn", "praise");

		MvcTestResult read = mvc.get().uri(created.getResponse().getHeader(HttpHeaders.LOCATION)).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.chordpro").isEqualTo("[G]Amazing [C]grace");
		assertThat(read).bodyJson().extractingPath("$.key").isEqualTo("G");
		assertThat(read.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(created.getResponse().getHeader(HttpHeaders.ETAG));
	}

	@Test
	void aMatchingIfNoneMatchAnswers304WithOneStatement() {
		long id = idOf(create(song("Be Thou My Vision", "D", "[D]Be thou my vision")));
		String etag = mvc.get().uri("/api/songs/{id}", id).exchange().getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult cached = mvc.get().uri("/api/songs/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();

		assertThat(cached).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(StatementCount.of(cached)).isEqualTo(1);
	}

	@Test
	void replacingNeedsIfMatchAndRefusesAStaleOne() {
		long id = idOf(create(song("Holy Holy Holy", "D", "[D]Holy, holy, holy")));
		String etag = mvc.get().uri("/api/songs/{id}", id).exchange().getResponse().getHeader(HttpHeaders.ETAG);

		assertThat(put(id, null, song("Holy Holy Holy", "Eb", "[Eb]Holy"))).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult replaced = put(id, etag, song("Holy, Holy, Holy!", "Eb", "[Eb]Holy"));
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson().extractingPath("$.version").isEqualTo(1);

		MvcTestResult stale = put(id, etag, song("Lost update", "C", "[C]Lost"));
		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(jdbc.sql("SELECT title FROM song WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Holy, Holy, Holy!");
	}

	@Test
	void invalidFieldsAreListedAndNothingIsSaved() {
		long before = songCount();
		MvcTestResult result = create("""
				{"title": " ", "key": "H", "tempo": 1000, "ccliNumber": -5, "chordpro": "x"}""");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("title", "key", "tempo", "ccliNumber");
		assertThat(songCount()).isEqualTo(before);
	}

	@Test
	void malformedJsonWrongMediaTypeAndHugeBodiesAreRefused() {
		long before = songCount();
		assertThat(create("{\"title\": ")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyText()
			.doesNotContain("Exception")
			.doesNotContain("at ");
		assertThat(mvc.post().uri("/api/songs").contentType(MediaType.TEXT_PLAIN).content("Amazing Grace").exchange())
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		String huge = song("Huge", "G", "la ".repeat(400_000));
		assertThat(create(huge)).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(songCount()).isEqualTo(before);
	}

	@Test
	void anUnknownSongIs404Problem() {
		assertThat(mvc.get().uri("/api/songs/{id}", Long.MAX_VALUE).exchange()).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Song not found");
		assertThat(mvc.get().uri("/api/songs/not-a-number").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void searchIgnoresCaseAndAccentsAndRanksTitleMatchesFirst() {
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		long lyricMatch = idOf(create(song("Another song", "C", "[C]Singing " + word + " on the way")));
		long titleMatch = idOf(create(song("Ça " + word.toUpperCase() + " café", "C", "[C]la")));
		idOf(create(song("Unrelated", "C", "[C]nothing here")));

		MvcTestResult result = mvc.get().uri("/api/songs?q={q}", "ca " + word).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly((int) titleMatch);

		MvcTestResult byWord = mvc.get().uri("/api/songs?q={q}", word).exchange();
		assertThat(byWord).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly((int) titleMatch, (int) lyricMatch);
		assertThat(byWord).bodyJson().extractingPath("$.total").isEqualTo(2);
		assertThat(byWord).bodyJson().extractingPath("$.items[0]").asMap().doesNotContainKey("chordpro");
	}

	@Test
	void searchFindsTagsButNotChords() {
		String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
		long tagged = idOf(create("""
				{"title": "Tagged", "tags": ["%s"], "chordpro": "[Cmaj7]words"}""".formatted(tag)));
		assertThat(mvc.get().uri("/api/songs?q={q}", tag).exchange()).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly((int) tagged);
		assertThat(mvc.get().uri("/api/songs?tag={tag}", tag.toUpperCase()).exchange()).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(1);
		assertThat(mvc.get().uri("/api/songs?q={q}&tag={tag}", "cmaj7", tag).exchange()).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void pagingIsBoundedAndBadParametersAre400() {
		assertThat(mvc.get().uri("/api/songs?size=1000").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/songs?page=-1").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/songs?key=H").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/songs?size=2").exchange()).bodyJson().extractingPath("$.size").isEqualTo(2);
	}

	@Test
	void deletingASongNoPlanUsesRemovesIt() {
		long id = idOf(create(song("Short lived", "C", "[C]bye")));
		assertThat(mvc.delete().uri("/api/songs/{id}", id).exchange()).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(mvc.get().uri("/api/songs/{id}", id).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.delete().uri("/api/songs/{id}", id).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void deletingASongAPlanUsesArchivesItAndThePlanKeepsIt() {
		String word = "arch" + UUID.randomUUID().toString().substring(0, 6);
		long id = idOf(create(song("Kept " + word, "C", "[C]kept")));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO plan (plan_date, title, created_at, updated_at) VALUES (?, 'Sunday', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.param(LocalDate.now())
			.update(key, "id");
		long plan = key.getKeyAs(Number.class).longValue();
		jdbc.sql("INSERT INTO plan_item (plan_id, position, item_type, song_id) VALUES (?, 0, 'SONG', ?)")
			.params(plan, id)
			.update();

		assertThat(mvc.delete().uri("/api/songs/{id}", id).exchange()).hasStatus(HttpStatus.NO_CONTENT);

		assertThat(mvc.get().uri("/api/songs?q={q}", word).exchange()).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
		assertThat(mvc.get().uri("/api/songs/{id}", id).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.archived")
			.isEqualTo(true);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE song_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void eachEndpointSendsAFixedNumberOfStatements() {
		MvcTestResult created = create(song("Counted", "G", "[G]one"));
		assertThat(StatementCount.of(created))
			.as("insert (with its author), tags (delete, insert), audit log, read back")
			.isEqualTo(5);
		long id = idOf(created);
		MvcTestResult read = mvc.get().uri("/api/songs/{id}", id).exchange();
		assertThat(StatementCount.of(read)).isEqualTo(1);
		assertThat(StatementCount
			.of(put(id, read.getResponse().getHeader(HttpHeaders.ETAG), song("Counted", "A", "[A]one"))))
			.as("update (with its editor), tags (delete, insert), audit log, read back")
			.isEqualTo(5);
		assertThat(StatementCount.of(mvc.get().uri("/api/songs?q=counted&size=50").exchange())).as("count, page")
			.isEqualTo(2);
		assertThat(StatementCount.of(mvc.delete().uri("/api/songs/{id}", id).exchange()))
			.as("archive, delete, audit log")
			.isEqualTo(3);
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersReadButCannotWrite() {
		assertThat(mvc.get().uri("/api/songs").exchange()).hasStatusOk();
		assertThat(create(song("Nope", "C", "[C]x"))).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private MvcTestResult create(String json) {
		return mvc.post().uri("/api/songs").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult put(long id, String etag, String json) {
		var request = mvc.put().uri("/api/songs/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json);
		if (etag != null) {
			request = request.header(HttpHeaders.IF_MATCH, etag);
		}
		return request.exchange();
	}

	private long idOf(MvcTestResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long songCount() {
		return jdbc.sql("SELECT COUNT(*) FROM song").query(Long.class).single();
	}

	private static String song(String title, String key, String chordpro) {
		return """
				{"title": "%s", "authors": "John Newton", "key": "%s", "tempo": 72, "timeSignature": "3/4",
				 "tags": ["Hymn", "praise"], "chordpro": "%s"}""".formatted(title, key, chordpro);
	}

}
