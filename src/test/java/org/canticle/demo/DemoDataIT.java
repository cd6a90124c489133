package org.canticle.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.canticle.CanticleApplication;
import org.canticle.support.IntegrationTest;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on a database of its own: the demo loads only into an empty library, which the
 * shared test database is not.
 */
@IntegrationTest
@TestPropertySource(properties = "canticle.demo=true")
@WithMockUser(roles = "MEMBER")
class DemoDataIT {

	private static String url;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", DemoDataIT::url);
	}

	private static synchronized String url() {
		if (url == null) {
			url = TestDatabase.freshDatabaseUrl("demo");
		}
		return url;
	}

	@Test
	void anEmptyLibraryGetsTheHymnsProfilesAndAPlanForSunday() {
		MvcTestResult songs = mvc.get().uri("/api/songs?size=50").exchange();
		assertThat(songs).hasStatusOk();
		assertThat(songs).bodyJson().extractingPath("$.total").isEqualTo(DemoData.HYMNS.size());
		assertThat(songs).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.contains("Amazing Grace", "Be Thou My Vision", "It Is Well with My Soul");
		assertThat(mvc.get().uri("/api/songs?q=well&tag=hymn").exchange()).bodyJson()
			.extractingPath("$.items[0].timeSignature")
			.isEqualTo("4/4");
		assertThat(mvc.get().uri("/api/profiles").exchange()).bodyJson().extractingPath("$.total").isEqualTo(2);

		LocalDate sunday = LocalDate.now(ZoneOffset.UTC)
			.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		MvcTestResult plans = mvc.get().uri("/api/plans?from={d}&to={d}", sunday, sunday).exchange();
		assertThat(plans).bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(plans).bodyJson().extractingPath("$.items[0].itemCount").isEqualTo(4);
		long plan = jdbc.sql("SELECT id FROM plan").query(Long.class).single();

		MvcTestResult read = mvc.get().uri("/api/plans/{id}", plan).exchange();
		assertThat(read).bodyJson().extractingPath("$.leaderName").isEqualTo("Ruth Miller");
		assertThat(read).bodyJson()
			.extractingPath("$.items[*].type")
			.asArray()
			.containsExactly("HEADER", "SONG", "SONG", "SONG");
		assertThat(read).bodyJson()
			.extractingPath("$.items[*].keySource")
			.asArray()
			.containsExactly(null, "SONG", "LEADER", "ITEM");
		assertThat(read).bodyJson().extractingPath("$.items[*].key").asArray().containsExactly(null, "D", "A", "Db");

		MvcTestResult planSongs = mvc.get().uri("/api/plans/{id}/songs", plan).exchange();
		assertThat(planSongs).bodyJson().extractingPath("$.songs[1].chordpro").asString().contains("{start_of_verse");
	}

	@Test
	void aSecondStartAddsNothing() {
		List<Long> before = counts();
		String[] args = { "--spring.datasource.url=" + url(), "--canticle.demo=true", "--server.port=0" };
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CanticleApplication.class)
			.run(args)) {
			assertThat(second.isRunning()).isTrue();
		}
		assertThat(counts()).isEqualTo(before);
		assertThat(before.get(0)).isEqualTo(DemoData.HYMNS.size());
	}

	private List<Long> counts() {
		return List.of(count("song"), count("profile"), count("preferred_key"), count("plan"), count("plan_item"));
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
