package org.canticle.song;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(roles = "LEADER")
class SongPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SongService songs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLibraryListsSongsWithKeyTempoAndLastUseInAFixedNumberOfStatements() {
		String word = unique();
		Song used = song("Used " + word, "G", "[G]Words");
		song("Unused " + word, "D", "[D]More words");
		plan(LocalDate.now().minusDays(3), used.id());
		plan(LocalDate.now().minusDays(10), used.id());

		MvcTestResult page = mvc.get().uri("/songs?q={q}", word).exchange();

		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(page).bodyText()
			.contains("<h1>Songs</h1>", "Used " + word, "Unused " + word, "3 days ago", "(2×)", "never");
		assertThat(StatementCount.of(page)).isEqualTo(4);
	}

	@Test
	void searchAsYouTypeAnswersOnlyTheResults() {
		String word = unique();
		song("Typed " + word, "A", "[A]x");

		MvcTestResult fragment = mvc.get().uri("/songs?q={q}", word).header("HX-Request", "true").exchange();

		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText().contains("Typed " + word).doesNotContain("<html", "<h1>");
		assertThat(StatementCount.of(fragment)).isEqualTo(2);
	}

	@Test
	void leastUsedSortPutsNeverUsedSongsFirst() throws Exception {
		String word = unique();
		Song often = song("Often " + word, "G", "[G]x");
		Song once = song("Once " + word, "G", "[G]x");
		song("Never " + word, "G", "[G]x");
		plan(LocalDate.now().minusDays(1), often.id());
		plan(LocalDate.now().minusDays(2), often.id());
		plan(LocalDate.now().minusDays(30), once.id());
		// a plan still to come is not a use
		plan(LocalDate.now().plusDays(5), once.id(), once.id(), once.id());

		String least = mvc.get().uri("/songs?q={q}&sort=least", word).exchange().getResponse().getContentAsString();
		String recent = mvc.get().uri("/songs?q={q}&sort=recent", word).exchange().getResponse().getContentAsString();

		assertThat(least.indexOf("Never " + word)).isLessThan(least.indexOf("Once " + word));
		assertThat(least.indexOf("Once " + word)).isLessThan(least.indexOf("Often " + word));
		assertThat(recent.indexOf("Often " + word)).isLessThan(recent.indexOf("Once " + word));
		assertThat(recent.indexOf("Once " + word)).isLessThan(recent.indexOf("Never " + word));
	}

	@Test
	void theSongPageShowsTheChartInAnotherKeyWithItsPlans() {
		Song song = song("Key change " + unique(), "G",
				"{start_of_chorus}\n[G]Holy [C]is the [D]Lord\n{end_of_chorus}");
		long planId = plan(LocalDate.now().minusDays(7), song.id());

		MvcTestResult page = mvc.get().uri("/songs/{id}?key=A&capo=2", song.id()).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<span class=\"chord\">G</span>", "Capo 2", "play G shapes", "/plans/" + planId)
			.contains("<option value=\"A\" selected>");
	}

	@Test
	void nashvilleAndAwkwardKeysGetNumbersAndCapoAdvice() {
		Song song = song("Numbers " + unique(), "Eb", "[Eb]One [Ab]four [Bb]five");

		MvcTestResult page = mvc.get().uri("/songs/{id}?numbers=true", song.id()).exchange();

		assertThat(page).bodyText()
			.contains("<span class=\"chord\">1</span>", "<span class=\"chord\">4</span>", "is awkward on guitar",
					"capo 1 (D shapes)");
	}

	@Test
	void aMissingSongIsAnHtmlNotFoundPage() {
		MvcTestResult page = mvc.get().uri("/songs/{id}", Long.MAX_VALUE).exchange();

		assertThat(page).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(page).bodyText().contains("Song not found");
		// the API keeps answering problem JSON
		assertThat(mvc.get().uri("/api/songs/{id}", Long.MAX_VALUE).exchange()).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aScriptInATitleIsShownAsText() throws Exception {
		Song song = song("<script>alert(1)</script> " + unique(), "G", "{title: <b>bold</b>}\n[G]<i>x</i>");

		String library = mvc.get().uri("/songs?q={q}", song.title()).exchange().getResponse().getContentAsString();
		String page = mvc.get().uri("/songs/{id}", song.id()).exchange().getResponse().getContentAsString();

		assertThat(library).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;x&lt;/i&gt;")
			.doesNotContain("<script>alert", "<i>x</i>", "<b>bold</b>");
	}

	@Test
	void savingAFormRedirectsToTheSong() {
		String title = "Form song " + unique();

		MvcTestResult saved = mvc.post()
			.uri("/songs")
			.with(csrf())
			.param("title", title)
			.param("key", "g")
			.param("tempo", "72")
			.param("tags", "opener, Hymn")
			.param("chordpro", "[G]Saved by a form")
			.exchange();

		assertThat(saved).hasStatus(HttpStatus.FOUND);
		assertThat(saved.getResponse().getRedirectedUrl()).matches("/songs/\\d+");
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/songs/".length()));
		Song song = songs.get(id);
		assertThat(song.key()).isEqualTo("G");
		assertThat(song.tags()).containsExactly("hymn", "opener");
	}

	@Test
	void invalidFieldsComeBackWithTheirMessagesAndNothingIsSaved() {
		String title = "Invalid " + unique();

		MvcTestResult page = mvc.post()
			.uri("/songs")
			.with(csrf())
			.param("title", title)
			.param("key", "H")
			.param("tempo", "fast")
			.param("timeSignature", "four")
			.param("chordpro", "[G]Kept text")
			.exchange();

		assertThat(page).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(page).bodyText()
			.contains("id=\"key-error\"", "Key must be a key such as G, Bb or F#m",
					"Tempo (bpm) must be a whole number", "id=\"timeSignature-error\"", "value=\"fast\"",
					"[G]Kept text");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM song WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	@Test
	void aConflictingEditKeepsWhatWasTypedAndSaysSo() {
		Song song = song("Conflict " + unique(), "G", "[G]Original");
		songs.replace(song.id(), song.version(),
				new SongInput(song.title(), "", "", null, "G", null, null, List.of(), "[G]Their change"));

		MvcTestResult page = mvc.post()
			.uri("/songs/{id}/edit", song.id())
			.with(csrf())
			.param("version", String.valueOf(song.version()))
			.param("title", song.title())
			.param("key", "G")
			.param("chordpro", "[G]My careful edit")
			.exchange();

		assertThat(page).hasStatus(HttpStatus.CONFLICT);
		assertThat(page).bodyText()
			.contains("Someone else saved this song", "[G]My careful edit", "href=\"/songs/" + song.id() + "\"",
					"name=\"version\" value=\"" + (song.version() + 1) + "\"");
		assertThat(songs.get(song.id()).chordpro()).isEqualTo("[G]Their change");
	}

	@Test
	void pastedChordsOverWordsBecomeChordPro() {
		MvcTestResult converted = mvc.post()
			.uri("/songs/convert")
			.with(csrf())
			.header("HX-Request", "true")
			.param("paste", "G       C\nAmazing grace")
			.exchange();

		assertThat(converted).hasStatusOk();
		assertThat(converted).bodyText().contains("[G]Amazing [C]grace", "hx-swap-oob");
	}

	@Test
	void thePreviewRendersTheChart() {
		MvcTestResult preview = mvc.post()
			.uri("/songs/preview")
			.with(csrf())
			.param("chordpro", "[D]Preview me")
			.exchange();

		assertThat(preview).hasStatusOk();
		assertThat(preview).bodyText().contains("<span class=\"chord\">D</span>").doesNotContain("<html");
	}

	@Test
	void deletingAsksFirstThenRemovesTheSong() {
		Song song = song("Delete me " + unique(), "G", "[G]x");

		assertThat(mvc.get().uri("/songs/{id}/delete", song.id()).exchange()).hasStatusOk()
			.bodyText()
			.contains("will be deleted for good");
		MvcTestResult deleted = mvc.post().uri("/songs/{id}/delete", song.id()).with(csrf()).exchange();

		assertThat(deleted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/songs");
		assertThat(songs.find(song.id())).isEmpty();
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersReadButCannotEdit() {
		Song song = song("Read only " + unique(), "G", "[G]x");

		assertThat(mvc.get().uri("/songs/{id}", song.id()).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("/songs/" + song.id() + "/edit", "/delete");
		assertThat(mvc.get().uri("/songs").exchange()).bodyText().doesNotContain("/songs/new");
		assertThat(mvc.get().uri("/songs/{id}/edit", song.id()).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri("/songs/{id}/edit", song.id())
			.with(csrf())
			.param("title", "Hijacked")
			.param("chordpro", "x")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/songs/{id}/delete", song.id()).with(csrf()).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(songs.get(song.id()).title()).startsWith("Read only");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		String title = "No token " + unique();

		assertThat(mvc.post().uri("/songs").param("title", title).param("chordpro", "x").exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM song WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	private Song song(String title, String key, String chordpro) {
		return songs.create(new SongInput(title, "", "", null, key, 80, "4/4", List.of(), chordpro));
	}

	/**
	 * A plan on {@code date} with the songs as its items, written directly: the plan API
	 * is another feature's.
	 */
	private long plan(LocalDate date, long... songIds) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("INSERT INTO plan (plan_date, title, created_at, updated_at) VALUES (?, ?, ?, ?)")
			.params(date, "Plan " + unique(), now, now)
			.update(key, "id");
		long planId = key.getKeyAs(Number.class).longValue();
		for (int i = 0; i < songIds.length; i++) {
			jdbc.sql("INSERT INTO plan_item (plan_id, position, item_type, song_id) VALUES (?, ?, 'SONG', ?)")
				.params(planId, i, songIds[i])
				.update();
		}
		return planId;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
