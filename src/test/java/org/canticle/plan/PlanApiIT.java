package org.canticle.plan;

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
class PlanApiIT {

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
	void createsAPlanAndReadsItBackWithAnETag() {
		long leader = fx.profile("Ruth");
		MvcTestResult created = fx.createPlan("2031-06-01", "Pentecost", leader);
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/api/plans/\\d+");
		assertThat(created).bodyJson().extractingPath("$.date").isEqualTo("2031-06-01");
		assertThat(created).bodyJson().extractingPath("$.leaderName").isEqualTo("Ruth");
		assertThat(created).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(StatementCount.of(created)).as("leader check, insert (with its author), audit log, read back")
			.isEqualTo(4);

		MvcTestResult read = mvc.get().uri(created.getResponse().getHeader(HttpHeaders.LOCATION)).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.title").isEqualTo("Pentecost");
		assertThat(read).bodyJson().extractingPath("$.notes").isEqualTo("bring capos");
		assertThat(read.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(created.getResponse().getHeader(HttpHeaders.ETAG));
	}

	@Test
	void itemsCarryTheSongTitleAndTheResolvedKey() {
		long leader = fx.profile("Leader");
		long own = fx.song("Own key", "G");
		long preferred = fx.song("Leader's key", "G");
		long original = fx.song("Original key", "D");
		long keyless = fx.song("No key", null);
		fx.preferredKey(leader, preferred, "bb");
		fx.preferredKey(leader, own, "C");
		long plan = fx.plan("2031-06-08", leader);
		fx.addSong(plan, own, "a");
		fx.addSong(plan, preferred, null);
		fx.addSong(plan, original, null);
		fx.addSong(plan, keyless, null);

		MvcTestResult read = mvc.get().uri("/api/plans/{id}", plan).exchange();
		assertThat(read).hasStatusOk();
		var json = assertThat(read).bodyJson();
		json.extractingPath("$.items[*].key").asArray().containsExactly("A", "Bb", "D", null);
		json.extractingPath("$.items[*].keySource").asArray().containsExactly("ITEM", "LEADER", "SONG", "SONG");
		json.extractingPath("$.items[*].defaultKey").asArray().containsExactly("C", "Bb", "D", null);
		json.extractingPath("$.items[*].position").asArray().containsExactly(0, 1, 2, 3);
		json.extractingPath("$.items[0].title").asString().startsWith("Own key");
		json.extractingPath("$.items[0].type").isEqualTo("SONG");
	}

	@Test
	void theETagChangesWhenTheLeadersKeyOrASongChangesAndA304CostsOneStatement() {
		long leader = fx.profile("Cached");
		long song = fx.song("Cached song", "G");
		long plan = fx.plan("2031-06-15", leader);
		fx.addSong(plan, song, null);
		String etag = fx.etag("/api/plans/" + plan);

		MvcTestResult cached = mvc.get()
			.uri("/api/plans/{id}", plan)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();
		assertThat(cached).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(StatementCount.of(cached)).isEqualTo(1);

		fx.preferredKey(leader, song, "E");
		MvcTestResult changed = mvc.get()
			.uri("/api/plans/{id}", plan)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();
		assertThat(changed).as("the leader's key changed the resolved key").hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.items[0].key").isEqualTo("E");

		String afterKey = changed.getResponse().getHeader(HttpHeaders.ETAG);
		String songEtag = fx.etag("/api/songs/" + song);
		mvc.put()
			.uri("/api/songs/{id}", song)
			.header(HttpHeaders.IF_MATCH, songEtag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Renamed\", \"key\": \"G\", \"chordpro\": \"[G]x\"}")
			.exchange();
		MvcTestResult renamed = mvc.get()
			.uri("/api/plans/{id}", plan)
			.header(HttpHeaders.IF_NONE_MATCH, afterKey)
			.exchange();
		assertThat(renamed).hasStatusOk();
		assertThat(renamed).bodyJson().extractingPath("$.items[0].title").isEqualTo("Renamed");
	}

	@Test
	void replacingNeedsIfMatchAndRefusesAStaleOne() {
		long plan = fx.plan("2031-06-22", null);
		String etag = fx.etag("/api/plans/" + plan);
		String body = "{\"date\": \"2031-06-29\", \"title\": \"Moved\", \"notes\": \"\"}";
		assertThat(put(plan, null, body)).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult replaced = put(plan, etag, body);
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson().extractingPath("$.date").isEqualTo("2031-06-29");
		assertThat(replaced).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(StatementCount.of(replaced)).as("update (with its editor), audit log, read back").isEqualTo(3);
		assertThat(put(plan, etag, "{\"date\": \"2031-07-06\", \"title\": \"Lost\"}"))
			.hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(jdbc.sql("SELECT title FROM plan WHERE id = ?").param(plan).query(String.class).single())
			.isEqualTo("Moved");
		assertThat(put(Long.MAX_VALUE, "*", body)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void badInputIsA400ProblemAndNothingIsSaved() {
		long before = planCount();
		MvcTestResult invalid = fx.post("/api/plans", "{\"date\": null, \"title\": \" \"}");
		assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(invalid).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("date", "title");
		assertThat(fx.post("/api/plans", "{\"date\": \"2031-13-45\", \"title\": \"x\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		MvcTestResult noLeader = fx.createPlan("2031-07-13", "Nobody leads", Long.MAX_VALUE);
		assertThat(noLeader).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(noLeader).bodyJson().extractingPath("$.errors[0].field").isEqualTo("leaderId");
		assertThat(mvc.post().uri("/api/plans").contentType(MediaType.TEXT_PLAIN).content("x").exchange())
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(fx.post("/api/plans", "{\"date\": \"2031-07-13\", \"title\": \"" + "x".repeat(2_000_000) + "\"}"))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(planCount()).isEqualTo(before);
		assertThat(mvc.get().uri("/api/plans/{id}", Long.MAX_VALUE).exchange()).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Plan not found");
	}

	@Test
	void listsPlansInARangeNewestFirstWithTheirItemCounts() {
		long song = fx.song("Counted", "G");
		long older = fx.plan("2032-01-04", null);
		long newer = fx.plan("2032-01-11", null);
		fx.plan("2032-02-01", null);
		fx.addSong(older, song, null);
		fx.addHeader(older, "Welcome");

		MvcTestResult page = mvc.get().uri("/api/plans?from=2032-01-01&to=2032-01-31").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items[*].id").asArray().containsExactly((int) newer, (int) older);
		assertThat(page).bodyJson().extractingPath("$.items[*].itemCount").asArray().containsExactly(0, 2);
		assertThat(page).bodyJson().extractingPath("$.total").isEqualTo(2);
		assertThat(StatementCount.of(page)).as("count, page").isEqualTo(2);

		assertThat(mvc.get().uri("/api/plans?from=2032-02-01&to=2032-01-01").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
		assertThat(mvc.get().uri("/api/plans?from=yesterday").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/plans?size=1000").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void deletingAPlanRemovesItsItemsAndKeepsItsSongs() {
		long song = fx.song("Survivor", "G");
		long plan = fx.plan("2031-08-03", null);
		fx.addSong(plan, song, null);
		MvcTestResult deleted = mvc.delete().uri("/api/plans/{id}", plan).exchange();
		assertThat(deleted).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(StatementCount.of(deleted)).as("delete, audit log").isEqualTo(2);
		assertThat(mvc.get().uri("/api/plans/{id}", plan).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/songs/{id}", song).exchange()).hasStatusOk();
		assertThat(mvc.delete().uri("/api/plans/{id}", plan).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void songsComeInOrderWithTheirChartsKeysAndCapoWithoutHeaders() {
		long leader = fx.profile("Stand");
		long first = fx.song("First", "G");
		long second = fx.song("Second", "D");
		fx.preferredKey(leader, second, "E");
		long plan = fx.plan("2031-08-10", leader);
		fx.addHeader(plan, "Gathering");
		fx.post("/api/plans/" + plan + "/items",
				"{\"type\": \"SONG\", \"songId\": %d, \"capo\": 2, \"notes\": \"slow intro\"}".formatted(first));
		fx.addSong(plan, second, null);

		MvcTestResult songs = mvc.get().uri("/api/plans/{id}/songs", plan).exchange();
		assertThat(songs).hasStatusOk();
		var json = assertThat(songs).bodyJson();
		json.extractingPath("$.songs[*].songId").asArray().containsExactly((int) first, (int) second);
		json.extractingPath("$.songs[*].key").asArray().containsExactly("G", "E");
		json.extractingPath("$.songs[*].originalKey").asArray().containsExactly("G", "D");
		json.extractingPath("$.songs[0].capo").isEqualTo(2);
		json.extractingPath("$.songs[0].notes").isEqualTo("slow intro");
		json.extractingPath("$.songs[0].tags").asArray().containsExactly("hymn");
		json.extractingPath("$.songs[0].chordpro").asString().contains("[G]Holy");
		// the second song is written in D and played in the leader's E: its chart comes
		// transposed up a tone
		json.extractingPath("$.songs[1].chordpro").asString().contains("[A]Holy [D]ground");
		json.extractingPath("$.leaderName").isEqualTo("Stand");

		String etag = songs.getResponse().getHeader(HttpHeaders.ETAG);
		MvcTestResult cached = mvc.get()
			.uri("/api/plans/{id}/songs", plan)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();
		assertThat(cached).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(StatementCount.of(cached)).isEqualTo(1);
		assertThat(mvc.get().uri("/api/plans/{id}/songs", Long.MAX_VALUE).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPlanOf50ItemsCostsTheSameStatementsAsAPlanOfOne() {
		long leader = fx.profile("Budget");
		long small = fx.plan("2031-09-07", leader);
		long large = fx.plan("2031-09-14", leader);
		long song = fx.song("Budget song", "G");
		fx.preferredKey(leader, song, "A");
		fx.addSong(small, song, null);
		for (int i = 0; i < 50; i++) {
			long each = fx.song("Budget " + i, i % 2 == 0 ? "C" : null);
			if (i % 3 == 0) {
				fx.preferredKey(leader, each, "D");
			}
			fx.addSong(large, each, i % 5 == 0 ? "E" : null);
		}
		MvcTestResult smallPlan = mvc.get().uri("/api/plans/{id}", small).exchange();
		MvcTestResult largePlan = mvc.get().uri("/api/plans/{id}", large).exchange();
		assertThat(largePlan).bodyJson().extractingPath("$.items").asArray().hasSize(50);
		assertThat(StatementCount.of(smallPlan)).isEqualTo(1);
		assertThat(StatementCount.of(largePlan)).isEqualTo(StatementCount.of(smallPlan));

		MvcTestResult smallSongs = mvc.get().uri("/api/plans/{id}/songs", small).exchange();
		MvcTestResult largeSongs = mvc.get().uri("/api/plans/{id}/songs", large).exchange();
		assertThat(largeSongs).bodyJson().extractingPath("$.songs").asArray().hasSize(50);
		assertThat(StatementCount.of(smallSongs)).isEqualTo(1);
		assertThat(StatementCount.of(largeSongs)).isEqualTo(StatementCount.of(smallSongs));

		// writes too, audit included
		MvcTestResult smallHeader = fx.addHeader(small, "Welcome");
		MvcTestResult largeHeader = fx.addHeader(large, "Welcome");
		assertThat(StatementCount.of(smallHeader)).isEqualTo(5);
		assertThat(StatementCount.of(largeHeader)).isEqualTo(StatementCount.of(smallHeader));
		MvcTestResult smallDeleted = mvc.delete().uri("/api/plans/{id}", small).exchange();
		MvcTestResult largeDeleted = mvc.delete().uri("/api/plans/{id}", large).exchange();
		assertThat(largeDeleted).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(StatementCount.of(smallDeleted)).isEqualTo(2);
		assertThat(StatementCount.of(largeDeleted)).isEqualTo(StatementCount.of(smallDeleted));
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersReadButCannotWrite() {
		assertThat(mvc.get().uri("/api/plans").exchange()).hasStatusOk();
		assertThat(fx.createPlan("2031-10-05", "Nope", null)).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.delete().uri("/api/plans/1/items/1").exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult put(long id, String etag, String json) {
		var request = mvc.put().uri("/api/plans/{id}", id).contentType(MediaType.APPLICATION_JSON).content(json);
		if (etag != null) {
			request = request.header(HttpHeaders.IF_MATCH, etag);
		}
		return request.exchange();
	}

	private long planCount() {
		return jdbc.sql("SELECT COUNT(*) FROM plan").query(Long.class).single();
	}

}
