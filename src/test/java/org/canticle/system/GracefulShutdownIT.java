package org.canticle.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.canticle.CanticleApplication;
import org.canticle.account.Role;
import org.canticle.account.TestUsers;
import org.canticle.support.Http;
import org.canticle.support.OpsTestConfig;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM (a context close): the request in flight finishes, readiness refuses traffic,
 * the pool closes.
 */
@ExtendWith(TestDatabase.class)
@EnabledIfSystemProperty(named = TestDatabase.DB_PROPERTY, matches = "postgresql")
class GracefulShutdownIT {

	@Test
	void aRequestInFlightFinishesAndThePoolClosesCleanly() throws Exception {
		List<ReadinessState> readiness = new CopyOnWriteArrayList<>();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CanticleApplication.class,
				OpsTestConfig.class)
			.listeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
				if (event.getState() instanceof ReadinessState state) {
					readiness.add(state);
				}
			})
			.run("--server.port=0", "--spring.datasource.url=" + Http.postgresUrl(5432),
					"--canticle.rate-limit.enabled=false", "--spring.main.banner-mode=off");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		Http http = new Http(port);
		HikariDataSource pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
		String leader = TestUsers.token(app, Role.LEADER);
		assertThat(http.get("/api/test/sleep?seconds=0", leader).statusCode()).isEqualTo(200);

		CompletableFuture<HttpResponse<String>> inFlight = http.client()
			.sendAsync(http.request("/api/test/sleep?seconds=2", leader).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		Thread.sleep(500);
		CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
		Thread.sleep(300);

		Http fresh = new Http(port);
		Throwable refused = null;
		try {
			HttpResponse<String> late = fresh.get("/api/test/sleep?seconds=0", leader);
			assertThat(late.statusCode()).as("a new request during shutdown is not served").isNotEqualTo(200);
		}
		catch (java.io.IOException ex) {
			refused = ex; // the connector no longer accepts connections
		}

		assertThat(inFlight.get(30, TimeUnit.SECONDS).statusCode()).as("the request in flight finishes").isEqualTo(200);
		closing.get(30, TimeUnit.SECONDS);
		System.out.println("SHUTDOWN: new request refused with " + refused + "; readiness " + readiness);
		assertThat(readiness).contains(ReadinessState.REFUSING_TRAFFIC);
		assertThat(pool.isClosed()).isTrue();
	}

}
