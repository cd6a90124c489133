package org.canticle.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.canticle.account.Role;
import org.canticle.account.TestUsers;
import org.canticle.support.Http;
import org.canticle.support.OpsTestConfig;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations behaviour against the real PostgreSQL and a real HTTP server: a
 * saturated pool, a statement past its time-out, health and metrics, and the operator's
 * health command. Pool of 5, connection time-out 1 s, statement time-out 2 s: short, so
 * the test stays short. Requests sign in as clients do, with an API token: its lookup is
 * one more query per request, which needs a connection like the rest, so under saturation
 * it is part of what is measured.
 */
@ExtendWith(TestDatabase.class)
@EnabledIfSystemProperty(named = TestDatabase.DB_PROPERTY, matches = "postgresql")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=5",
				"spring.datasource.hikari.connection-timeout=1000", "canticle.database.statement-timeout=2s",
				"canticle.database.bulkhead.max-concurrent=20", "canticle.database.bulkhead.max-wait=200ms",
				"canticle.rate-limit.enabled=false", "canticle.operations.management-token=" + OperationsIT.TOKEN })
@Import(OpsTestConfig.class)
class OperationsIT {

	static final String TOKEN = "ops-test-token";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	Http http;

	/** A leader's API token. */
	String leader;

	@BeforeEach
	void client() {
		http = new Http(port);
		leader = TestUsers.token(context, Role.LEADER);
	}

	@Test
	void aSaturatedPoolAnswers503WithinTheConnectionTimeoutAndLeaksNothing() throws Exception {
		// warm up first: the first requests load classes and build serializers, which is
		// not what this measures
		assertThat(http.get("/api/test/sleep?seconds=0", leader).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/songs/not-a-number", leader).statusCode()).isEqualTo(400);
		int clients = 200;
		List<CompletableFuture<long[]>> results = new ArrayList<>();
		long begin = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			HttpRequest request = http.request("/api/test/sleep?seconds=0.5", leader).GET().build();
			long start = System.nanoTime();
			results.add(http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
				if (response.statusCode() == 503) {
					assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
					assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				}
				return new long[] { response.statusCode(), (System.nanoTime() - start) / 1_000_000 };
			}));
		}
		// the rest of the server stays responsive meanwhile
		HttpResponse<String> liveness = http.get("/actuator/health/liveness", null);
		assertThat(liveness.statusCode()).isEqualTo(200);

		Map<Integer, Integer> counts = new TreeMap<>();
		long slowest503 = 0;
		for (CompletableFuture<long[]> result : results) {
			long[] outcome = result.get(30, TimeUnit.SECONDS);
			int status = (int) outcome[0];
			counts.merge(status, 1, Integer::sum);
			assertThat(status).as("status").isIn(200, 429, 503);
			if (status == 503) {
				slowest503 = Math.max(slowest503, outcome[1]);
				assertThat(outcome[1]).as("a 503 comes within connectionTimeout + 1 s").isLessThan(2000);
			}
		}
		System.out.printf("SATURATION %d clients, pool 5, 0.5 s queries: %s; slowest 503 %d ms; all done in %d ms%n",
				clients, counts, slowest503, (System.nanoTime() - begin) / 1_000_000);
		assertThat(counts).containsKey(200).containsKey(503);

		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		awaitTrue(() -> pool.getActiveConnections() == 0 && pool.getThreadsAwaitingConnection() == 0,
				Duration.ofSeconds(5));
		assertThat(http.get("/api/test/sleep?seconds=0", leader).statusCode()).isEqualTo(200);
	}

	@Test
	void aStatementPastTheTimeoutIsCancelledWith503AndItsConnectionStaysUsable() throws Exception {
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		long start = System.nanoTime();
		HttpResponse<String> slow = http.get("/api/test/sleep?seconds=6", leader);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("STATEMENT TIMEOUT: 6 s statement answered %d in %d ms%n", slow.statusCode(), millis);

		assertThat(slow.statusCode()).isEqualTo(503);
		assertThat(slow.headers().firstValue("Retry-After")).isPresent();
		assertThat(slow.body()).contains("took too long").doesNotContain("pg_sleep").doesNotContain("Exception");
		assertThat(millis).as("cancelled by statement_timeout, not waited out").isLessThan(5000);

		awaitTrue(() -> pool.getActiveConnections() == 0, Duration.ofSeconds(5));
		int total = pool.getTotalConnections();
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/api/test/sleep?seconds=0", leader).statusCode()).isEqualTo(200);
		}
		assertThat(pool.getTotalConnections()).as("no connection was thrown away").isGreaterThanOrEqualTo(total);
	}

	@Test
	void healthIsPublicButItsDetailsAndMetricsNeedTheToken() throws Exception {
		assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
		HttpResponse<String> readiness = http.get("/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).doesNotContain("components");

		HttpResponse<String> detailed = http
			.send(http.request("/actuator/health", null).header("Authorization", "Bearer " + TOKEN).build());
		assertThat(detailed.body()).contains("\"database\"").contains("\"pool\"").contains("\"pending\"");

		assertThat(http.get("/actuator/canticle", null).statusCode()).isEqualTo(401);
		assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		http.get("/api/test/sleep?seconds=0", leader);
		HttpResponse<String> metrics = http
			.send(http.request("/actuator/prometheus", null).header("Authorization", "Bearer " + TOKEN).build());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("hikaricp_connections_active")
			.contains("http_server_requests_seconds_bucket")
			.contains("canticle_sql_statements");
	}

	@Test
	void theHealthCommandReportsPoolAndProbeAndFailsOnADownServer() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = HealthCommand.run(new String[] { "--url", http.base(), "--token", TOKEN }, print(out), print(out));
		String report = out.toString(StandardCharsets.UTF_8);
		System.out.println("HEALTH COMMAND:\n" + report);
		assertThat(code).isEqualTo(HealthCommand.HEALTHY);
		assertThat(report).contains(": UP").contains("pool: ").contains("probe: SELECT 1 answered in");

		ByteArrayOutputStream anonymous = new ByteArrayOutputStream();
		assertThat(HealthCommand.run(new String[] { "--url", http.base() }, print(anonymous), print(anonymous)))
			.isEqualTo(HealthCommand.HEALTHY);
		assertThat(anonymous.toString(StandardCharsets.UTF_8)).contains("UP").contains("management token");

		int downPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			downPort = socket.getLocalPort();
		}
		ByteArrayOutputStream down = new ByteArrayOutputStream();
		assertThat(HealthCommand.run(new String[] { "--url", "http://127.0.0.1:" + downPort, "--timeout", "2s" },
				print(down), print(down)))
			.isEqualTo(HealthCommand.UNREACHABLE);
		assertThat(down.toString(StandardCharsets.UTF_8)).contains("cannot be reached");
	}

	private static PrintStream print(ByteArrayOutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

	static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within " + timeout);
			}
			Thread.sleep(50);
		}
	}

}
