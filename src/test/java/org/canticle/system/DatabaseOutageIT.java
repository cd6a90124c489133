package org.canticle.system;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.canticle.CanticleApplication;
import org.canticle.account.Role;
import org.canticle.account.TestUsers;
import org.canticle.support.Http;
import org.canticle.support.OpsTestConfig;
import org.canticle.support.TcpProxy;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away and coming back, through a TCP proxy the test controls between
 * Canticle and PostgreSQL: Canticle starts while it is down and becomes ready when it
 * appears; during an outage in the middle of a load, requests fail fast with 503 and
 * succeed again soon after its return, with no restart and no lost write.
 */
@ExtendWith(TestDatabase.class)
@EnabledIfSystemProperty(named = TestDatabase.DB_PROPERTY, matches = "postgresql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

	static TcpProxy proxy;

	static ConfigurableApplicationContext app;

	static Http http;

	/** A leader's API token, made once the database is there. */
	static String leader;

	@BeforeAll
	static void startWhileTheDatabaseIsDown() throws Exception {
		proxy = new TcpProxy("127.0.0.1", 5432);
		proxy.cut();
		// command-line arguments: they outrank the system properties failsafe sets for
		// the other tests
		app = new SpringApplicationBuilder(CanticleApplication.class, OpsTestConfig.class).run("--server.port=0",
				"--spring.datasource.url=" + Http.postgresUrl(proxy.port()), "--canticle.rate-limit.enabled=false",
				"--spring.main.banner-mode=off");
		http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	@Order(1)
	void itStartsWhileTheDatabaseIsDownAndBecomesReadyWhenItAppears() throws Exception {
		if (readiness() == 200) {
			return; // another test brought the database up first
		}
		assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		// no user or token can exist yet, and none can be checked: a token is answered
		// 503 (retry), never 401
		HttpResponse<String> early = http.get("/api/songs", "cnt_" + UUID.randomUUID().toString().replace("-", ""));
		assertThat(early.statusCode()).isEqualTo(503);
		assertThat(early.headers().firstValue("Retry-After")).isPresent();
		assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		proxy.restore();
		long restored = System.nanoTime();
		awaitTrue(() -> readiness() == 200, Duration.ofSeconds(10));
		System.out.printf("STARTUP: ready %d ms after the database appeared%n",
				(System.nanoTime() - restored) / 1_000_000);
		assertThat(http.get("/api/songs", leader()).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(2)
	void anOutageUnderLoadAnswers503FastAndHealsWithoutARestart() throws Exception {
		proxy.restore();
		awaitTrue(() -> readiness() == 200, Duration.ofSeconds(10));
		String leader = leader();

		record Outcome(long start, long end, int status, String title) {
		}
		ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
		AtomicBoolean running = new AtomicBoolean(true);
		int workers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		for (int w = 0; w < workers; w++) {
			int worker = w;
			pool.submit(() -> {
				int n = 0;
				while (running.get()) {
					String title = "Outage " + worker + "-" + (n++) + " " + UUID.randomUUID();
					long start = System.nanoTime();
					int status;
					try {
						status = (n % 2 == 0) ? http.get("/api/songs?size=5", leader).statusCode()
								: http
									.postJson("/api/songs", leader,
											"{\"title\": \"" + title + "\", \"chordpro\": \"[G]la\"}")
									.statusCode();
					}
					catch (Exception ex) {
						status = -1;
					}
					outcomes.add(new Outcome(start, System.nanoTime(), status, n % 2 == 0 ? null : title));
					sleepQuietly(20);
				}
				return null;
			});
		}
		Thread.sleep(1500);
		long cut = System.nanoTime();
		proxy.cut();
		Thread.sleep(4000);
		long restored = System.nanoTime();
		proxy.restore();
		Thread.sleep(6000);
		running.set(false);
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		Map<Integer, Integer> counts = new TreeMap<>();
		long firstFailureSeen = Long.MAX_VALUE;
		long slowest503 = 0;
		for (Outcome outcome : outcomes) {
			counts.merge(outcome.status(), 1, Integer::sum);
			if (outcome.status() == 503) {
				firstFailureSeen = Math.min(firstFailureSeen, outcome.end());
				slowest503 = Math.max(slowest503, outcome.end() - outcome.start());
			}
		}
		long slowest503AfterDetection = 0;
		long firstSuccessAfterReturn = Long.MAX_VALUE;
		for (Outcome outcome : outcomes) {
			assertThat(outcome.status()).as("only successes and 503s, never a 500 or a hang").isIn(200, 201, 503);
			if (outcome.status() == 503 && outcome.start() > firstFailureSeen) {
				slowest503AfterDetection = Math.max(slowest503AfterDetection, outcome.end() - outcome.start());
			}
			if (outcome.status() / 100 == 2 && outcome.start() >= restored) {
				firstSuccessAfterReturn = Math.min(firstSuccessAfterReturn, outcome.end());
			}
		}
		long detection = (firstFailureSeen - cut) / 1_000_000;
		long recovery = (firstSuccessAfterReturn - restored) / 1_000_000;
		System.out.printf(
				"OUTAGE: %s; first 503 %d ms after the cut; slowest 503 %d ms (first wave), %d ms once detected; "
						+ "first success %d ms after the database returned%n",
				counts, detection, slowest503 / 1_000_000, slowest503AfterDetection / 1_000_000, recovery);

		assertThat(counts).containsKey(503);
		assertThat(slowest503AfterDetection / 1_000_000).as("503s during the outage come within 1 s").isLessThan(1000);
		assertThat(slowest503 / 1_000_000).as("even the first wave gives up well within the connection time-out")
			.isLessThan(2000);
		assertThat(recovery).as("success again within 5 s of the database's return").isLessThan(5000);

		List<String> written = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			if (outcome.title() != null && outcome.status() == 201) {
				written.add(outcome.title());
			}
		}
		assertThat(written).isNotEmpty();
		try (Connection connection = DriverManager.getConnection(Http.postgresUrl(5432),
				System.getProperty("spring.datasource.username", "postgres"),
				System.getProperty("spring.datasource.password", ""));
				PreparedStatement statement = connection
					.prepareStatement("SELECT COUNT(*) FROM song WHERE title = ?")) {
			for (String title : written) {
				statement.setString(1, title);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					assertThat(rs.getInt(1)).as("a write answered 201 is in the database: " + title).isEqualTo(1);
				}
			}
		}
		assertThat(readiness()).isEqualTo(200);
	}

	private static synchronized String leader() {
		if (leader == null) {
			leader = TestUsers.token(app, Role.LEADER);
		}
		return leader;
	}

	private static int readiness() {
		try {
			return http.get("/actuator/health/readiness", null).statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		OperationsIT.awaitTrue(condition, timeout);
	}

}
