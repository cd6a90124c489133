package org.canticle.plan;

import java.util.List;

import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.BeforeEach;
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
class PlanItemsApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PlanFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new PlanFixtures(mvc);
	}

	@Test
	void addingASongAnswers201WithTheResolvedItemAndBumpsThePlansETag() {
		long song = fx.song("Added", "G");
		long plan = fx.plan("2033-01-02", null);
		String before = fx.etag("/api/plans/" + plan);

		MvcTestResult added = fx.addSong(plan, song, null);
		assertThat(added).hasStatus(HttpStatus.CREATED);
		assertThat(added.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/plans/" + plan + "/items/\\d+");
		assertThat(added).bodyJson().extractingPath("$.key").isEqualTo("G");
		assertThat(added).bodyJson().extractingPath("$.keySource").isEqualTo("SONG");
		assertThat(added).bodyJson().extractingPath("$.title").asString().startsWith("Added");
		assertThat(added).bodyJson().extractingPath("$.position").isEqualTo(0);
		assertThat(StatementCount.of(added))
			.as("touch plan (with its editor), song, count, insert, audit log, read back")
			.isEqualTo(6);
		assertThat(fx.etag("/api/plans/" + plan)).isNotEqualTo(before);
	}

	@Test
	void aHeaderGoesAtTheEndAndAPositionInsertsInBetween() {
		long a = fx.song("A", "G");
		long b = fx.song("B", "G");
		long plan = fx.plan("2033-01-09", null);
		fx.addSong(plan, a, null);
		fx.addSong(plan, b, null);
		MvcTestResult header = fx.addHeader(plan, "Offering");
		assertThat(header).hasStatus(HttpStatus.CREATED);
		assertThat(header).bodyJson().extractingPath("$.position").isEqualTo(2);
		assertThat(header).bodyJson().extractingPath("$.key").isNull();
		assertThat(StatementCount.of(header)).as("touch plan, count, insert, audit log, read back").isEqualTo(5);

		MvcTestResult inserted = fx.post("/api/plans/" + plan + "/items",
				"{\"type\": \"HEADER\", \"title\": \"Welcome\", \"position\": 0}");
		assertThat(inserted).hasStatus(HttpStatus.CREATED);
		assertThat(StatementCount.of(inserted)).as("touch, count, open gap, insert, settle, audit log, read back")
			.isEqualTo(7);
		MvcTestResult far = fx.post("/api/plans/" + plan + "/items",
				"{\"type\": \"HEADER\", \"title\": \"Blessing\", \"position\": 99}");
		assertThat(far).bodyJson().extractingPath("$.position").isEqualTo(4);

		assertThat(titles(plan)).hasSize(5).startsWith("Welcome").contains("Offering", "Blessing");
		assertThat(positions(plan)).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void unknownArchivedOrMalformedItemsAreRefusedAndNothingChanges() {
		long archived = fx.song("Archived", "G");
		long plan = fx.plan("2033-01-16", null);
		jdbc.sql("UPDATE song SET archived_at = CURRENT_TIMESTAMP WHERE id = ?").param(archived).update();
		int version = version(plan);

		assertThat(fx.addSong(plan, Long.MAX_VALUE, null)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fx.addSong(plan, archived, null)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("songId");
		assertThat(fx.post("/api/plans/" + plan + "/items", "{\"type\": \"HEADER\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(fx.post("/api/plans/" + plan + "/items", "{\"type\": \"SONG\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(fx.post("/api/plans/" + plan + "/items", "{\"type\": \"DANCE\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		MvcTestResult invalid = fx.post("/api/plans/" + plan + "/items",
				"{\"type\": \"SONG\", \"songId\": %d, \"key\": \"H\", \"capo\": 12, \"position\": -1}"
					.formatted(archived));
		assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(invalid).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("key", "capo", "position");
		assertThat(fx.addHeader(Long.MAX_VALUE, "Nowhere")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(positions(plan)).isEmpty();
		assertThat(version(plan)).as("a refused change leaves the plan's version").isEqualTo(version);
	}

	@Test
	void aStaleIfMatchIs412AndNoIfMatchIsFine() {
		long song = fx.song("Matched", "G");
		long plan = fx.plan("2033-01-23", null);
		String etag = fx.etag("/api/plans/" + plan);
		MvcTestResult matched = mvc.post()
			.uri("/api/plans/{id}/items", plan)
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"SONG\", \"songId\": %d}".formatted(song))
			.exchange();
		assertThat(matched).hasStatus(HttpStatus.CREATED);
		MvcTestResult stale = mvc.post()
			.uri("/api/plans/{id}/items", plan)
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"HEADER\", \"title\": \"Late\"}")
			.exchange();
		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fx.addHeader(plan, "Unconditional")).hasStatus(HttpStatus.CREATED);
		assertThat(positions(plan)).hasSize(2);
	}

	@Test
	void reorderingPutsTheItemsInTheGivenOrder() {
		long plan = fx.plan("2033-01-30", null);
		long a = PlanFixtures.idOf(fx.addHeader(plan, "A"));
		long b = PlanFixtures.idOf(fx.addHeader(plan, "B"));
		long c = PlanFixtures.idOf(fx.addHeader(plan, "C"));
		String etag = fx.etag("/api/plans/" + plan);

		MvcTestResult reordered = reorder(plan, List.of(c, a, b));
		assertThat(reordered).hasStatusOk();
		assertThat(reordered).bodyJson().extractingPath("$.items[*].title").asArray().containsExactly("C", "A", "B");
		assertThat(reordered).bodyJson().extractingPath("$.items[*].position").asArray().containsExactly(0, 1, 2);
		assertThat(StatementCount.of(reordered)).as("touch, ids, offset, batch, audit log, read back").isEqualTo(6);
		assertThat(reordered.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(titles(plan)).containsExactly("C", "A", "B");
	}

	@Test
	void aReorderThatIsNotExactlyThePlansItemsIs400AndChangesNothing() {
		long plan = fx.plan("2033-02-06", null);
		long other = fx.plan("2033-02-06", null);
		long a = PlanFixtures.idOf(fx.addHeader(plan, "A"));
		long b = PlanFixtures.idOf(fx.addHeader(plan, "B"));
		long foreign = PlanFixtures.idOf(fx.addHeader(other, "X"));
		int version = version(plan);

		MvcTestResult missing = reorder(plan, List.of(b));
		assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(missing).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("leaves out")
			.contains(String.valueOf(a));
		assertThat(reorder(plan, List.of(a, b, b))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("more than once");
		assertThat(reorder(plan, List.of(a, b, foreign))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("not in this plan");
		assertThat(mvc.put()
			.uri("/api/plans/{id}/items", plan)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"a\": 1}")
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(titles(plan)).containsExactly("A", "B");
		assertThat(version(plan)).isEqualTo(version);
	}

	@Test
	void changingAnItemSetsItsKeyCapoAndNotesOrAHeadersTitle() {
		long leader = fx.profile("Changer");
		long song = fx.song("Changed", "G");
		fx.preferredKey(leader, song, "A");
		long plan = fx.plan("2033-02-13", leader);
		long item = PlanFixtures.idOf(fx.addSong(plan, song, null));
		long header = PlanFixtures.idOf(fx.addHeader(plan, "Old"));

		MvcTestResult changed = change(plan, item, "{\"key\": \"c#m\", \"capo\": 4, \"notes\": \"acoustic only\"}");
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.key").isEqualTo("C#m");
		assertThat(changed).bodyJson().extractingPath("$.keySource").isEqualTo("ITEM");
		assertThat(changed).bodyJson().extractingPath("$.defaultKey").isEqualTo("A");
		assertThat(changed).bodyJson().extractingPath("$.capo").isEqualTo(4);
		assertThat(StatementCount.of(changed)).as("touch, type, update, audit log, read back").isEqualTo(5);

		MvcTestResult cleared = change(plan, item, "{}");
		assertThat(cleared).bodyJson().extractingPath("$.key").isEqualTo("A");
		assertThat(cleared).bodyJson().extractingPath("$.keySource").isEqualTo("LEADER");

		assertThat(change(plan, header, "{\"title\": \"New\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("New");
		assertThat(change(plan, header, "{\"title\": \"New\", \"key\": \"G\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(change(plan, item, "{\"title\": \"Renamed\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(change(plan, Long.MAX_VALUE, "{}")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void removingAnItemClosesUpThePositions() {
		long plan = fx.plan("2033-02-20", null);
		fx.addHeader(plan, "A");
		long b = PlanFixtures.idOf(fx.addHeader(plan, "B"));
		fx.addHeader(plan, "C");
		fx.addHeader(plan, "D");

		MvcTestResult removed = mvc.delete().uri("/api/plans/{id}/items/{item}", plan, b).exchange();
		assertThat(removed).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(StatementCount.of(removed)).as("touch, offset, delete, settle, audit log").isEqualTo(5);
		assertThat(titles(plan)).containsExactly("A", "C", "D");
		assertThat(positions(plan)).containsExactly(0, 1, 2);
		assertThat(mvc.delete().uri("/api/plans/{id}/items/{item}", plan, b).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(positions(plan)).containsExactly(0, 1, 2);
	}

	@Test
	void anArchivedSongStaysInItsPlanMarkedArchived() {
		long song = fx.song("Kept", "G");
		long plan = fx.plan("2033-02-27", null);
		fx.addSong(plan, song, null);
		assertThat(mvc.delete().uri("/api/songs/{id}", song).exchange()).hasStatus(HttpStatus.NO_CONTENT);
		MvcTestResult read = mvc.get().uri("/api/plans/{id}", plan).exchange();
		assertThat(read).bodyJson().extractingPath("$.items[0].archived").isEqualTo(true);
		assertThat(read).bodyJson().extractingPath("$.items[0].key").isEqualTo("G");
	}

	private MvcTestResult reorder(long plan, List<Long> ids) {
		return mvc.put()
			.uri("/api/plans/{id}/items", plan)
			.contentType(MediaType.APPLICATION_JSON)
			.content(ids.toString())
			.exchange();
	}

	private MvcTestResult change(long plan, long item, String json) {
		return mvc.put()
			.uri("/api/plans/{id}/items/{item}", plan, item)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private List<String> titles(long plan) {
		return jdbc.sql("SELECT title FROM plan_item WHERE plan_id = ? ORDER BY position")
			.param(plan)
			.query(String.class)
			.list();
	}

	private List<Integer> positions(long plan) {
		return jdbc.sql("SELECT position FROM plan_item WHERE plan_id = ? ORDER BY position")
			.param(plan)
			.query(Integer.class)
			.list();
	}

	private int version(long plan) {
		return jdbc.sql("SELECT version FROM plan WHERE id = ?").param(plan).query(Integer.class).single();
	}

}
