package org.canticle.account;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * TEMPORARY, for benchmark runs only, until real users and API tokens exist: with the Spring profile
 * {@code bench-open} (never on by default) every API request counts as a LEADER, and the metrics are open. Remove when accounts land.
 */
@Configuration
@Profile("bench-open")
class BenchOpenAccess {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain benchOpenApi(HttpSecurity http) throws Exception {
		// a matcher of its own: Spring Security refuses two chains with equal matchers
		http.securityMatcher(request -> request.getRequestURI().startsWith("/api/")
				|| request.getRequestURI().equals("/actuator/prometheus"))
			.anonymous(anonymous -> anonymous.principal("bench")
				.authorities(List.of(new SimpleGrantedAuthority("ROLE_LEADER"))))
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole("LEADER"))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

}
