package org.canticle.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST ONLY, for the operations tests that talk HTTP to a real server: users with HTTP Basic on the API (the baseline
 * security has no login an HTTP client can use) and {@code GET /api/test/sleep?seconds=} that holds a connection in
 * {@code pg_sleep}, to saturate the pool or pass the statement time-out.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OpsTestConfig.SleepController.class)
public class OpsTestConfig {

	public static final String PASSWORD = "secret";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain testApi(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole("MEMBER", "LEADER", "ADMIN")
				.anyRequest()
				.hasAnyRole("LEADER", "ADMIN"))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	UserDetailsService testUsers() {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
				User.withUsername("leader").password("{noop}" + PASSWORD).roles("LEADER").build(),
				User.withUsername("leader2").password("{noop}" + PASSWORD).roles("LEADER").build(),
				User.withUsername("member").password("{noop}" + PASSWORD).roles("MEMBER").build());
		// a plain UserDetailsService, not the manager: the manager would let Spring Security "upgrade" each password to
		// BCrypt on first login, and 200 concurrent BCrypt checks would measure the CPU, not the pool
		return users::loadUserByUsername;
	}

	@RestController
	static class SleepController {

		private final JdbcClient jdbc;

		SleepController(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/api/test/sleep")
		Map<String, Object> sleep(@RequestParam double seconds) {
			jdbc.sql("SELECT 1 FROM (SELECT pg_sleep(:seconds)) s").param("seconds", seconds).query(Integer.class).single();
			return Map.of("slept", seconds);
		}

	}

}
