package org.canticle.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who sees what under {@code /actuator}. Health status (and the liveness and readiness
 * probes) is public; health details, metrics and the operations report are for ADMIN
 * users and for requests bearing the management token (role MANAGEMENT), which is how
 * Prometheus and the {@code health} command get in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ManagementSecurity {

	static final String ROLE = "MANAGEMENT";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain management(HttpSecurity http, OperationsSettings settings, ProblemWriter problems)
			throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasAnyRole("ADMIN", ROLE))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new TokenFilter(settings.managementToken()), AnonymousAuthenticationFilter.class)
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problems.write(response,
						problem(HttpStatus.UNAUTHORIZED, "Authentication required",
								"Send the management token as a Bearer token, or log in as an admin.")))
				.accessDeniedHandler((request, response, e) -> problems.write(response,
						problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this."))));
		return http.build();
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/**
	 * Authenticates {@code Authorization: Bearer <management token>}; does nothing when
	 * no token is configured.
	 */
	static final class TokenFilter extends OncePerRequestFilter {

		private final byte[] token;

		TokenFilter(String token) {
			this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (token != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
					&& MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("management", null,
						List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

}
