package org.canticle.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST ONLY, for the operations tests that talk HTTP to a real server:
 * {@code GET /api/test/sleep?seconds=} holds a connection in {@code pg_sleep}, to
 * saturate the pool or pass the statement time-out. It is an API route like any other:
 * the application's own security applies (any signed-in role may GET), so callers send a
 * real API token ({@code org.canticle.account.TestUsers}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OpsTestConfig.SleepController.class)
public class OpsTestConfig {

	@RestController
	static class SleepController {

		private final JdbcClient jdbc;

		SleepController(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/api/test/sleep")
		Map<String, Object> sleep(@RequestParam double seconds) {
			jdbc.sql("SELECT 1 FROM (SELECT pg_sleep(:seconds)) s")
				.param("seconds", seconds)
				.query(Integer.class)
				.single();
			return Map.of("slept", seconds);
		}

	}

}
