package org.canticle.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import org.canticle.system.ProblemWriter;

/**
 * Who may do what. Reading is for every team member, changing songs, profiles and plans is for leaders and admins.
 */
@Configuration
class SecurityConfig {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/swagger-ui/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole("MEMBER", "LEADER", "ADMIN")
				.anyRequest()
				.hasAnyRole("LEADER", "ADMIN"))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problems.write(response,
						problem(HttpStatus.UNAUTHORIZED, "Authentication required", "Log in or send an API token.")))
				.accessDeniedHandler((request, response, e) -> problems.write(response,
						problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this."))));
		return http.build();
	}

	@Bean
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/health", "/css/**",
				"/js/**", "/favicon.ico", "/error")
			.permitAll()
			.anyRequest()
			.authenticated()).formLogin(form -> form.permitAll());
		return http.build();
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
