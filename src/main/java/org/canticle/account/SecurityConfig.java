package org.canticle.account;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.canticle.system.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may do what. Three chains, tried in order:
 * <ol>
 * <li>{@code POST /api/tokens}: also accepts HTTP Basic (email and password), so that a
 * script can get its token; throttled like the sign-in form.</li>
 * <li>{@code /api/**}: the session (with a CSRF header for changes) or an API token; 401,
 * 403 as problem JSON.</li>
 * <li>pages: form sign-in, session cookie, CSRF on every form; anonymous visitors go to
 * {@code /login}.</li>
 * </ol>
 * Roles: MEMBER reads, LEADER also changes songs, plans and profiles, ADMIN also manages
 * users and reads the audit log. The expected answer of every route for every kind of
 * caller is written down in {@code AuthorizationMatrixIT}.
 * <p>
 * Features with rules of their own (backup, reports, importing, sharing) declare them
 * beside their controllers as {@link RouteRules}; the API and page chains apply them
 * before the general rules. Method security ({@code @PreAuthorize}) is enabled here and
 * nowhere else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final String[] EVERY_ROLE = { "MEMBER", "LEADER", "ADMIN" };

	private static final String[] EDITORS = { "LEADER", "ADMIN" };

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/**
	 * Tells the session registry when sessions end, so it does not grow without bound.
	 */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain tokenIssuing(HttpSecurity http, PasswordAuthenticationProvider passwords,
			SecurityProblems problems, SessionRegistry sessions) throws Exception {
		common(http, problems, sessions);
		http.securityMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/tokens"))
			.authenticationManager(new ProviderManager(passwords))
			// a Basic request is not a browser riding on a cookie; Canticle never sends a
			// Basic challenge, so no
			// browser keeps Basic credentials to replay
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(
					request -> sessionChange(request) && !hasAuthorizationHeader(request, "basic ")))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			// an API token cannot mint another: a leaked token must not be able to
			// outlive its revocation
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, TokenService tokens, SecurityProblems problems, SessionRegistry sessions,
			List<RouteRules> features) throws Exception {
		common(http, problems, sessions);
		http.securityMatcher("/api/**")
			.addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			// the request's own context first: a token request is judged for itself and
			// never touches the session
			// (ApiTokenFilter stores its context there; session management then leaves it
			// alone)
			.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
					ApiTokenFilter.REQUEST_ONLY, new HttpSessionSecurityContextRepository())))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::sessionChange))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/api/openapi", "/api/openapi.yaml", "/api/openapi/**", "/api/docs",
						"/api/docs/**", "/api/swagger-ui/**")
					.permitAll()
					.requestMatchers("/api/users", "/api/users/**", "/api/audit", "/api/audit/**")
					.hasRole("ADMIN")
					.requestMatchers("/api/tokens", "/api/tokens/**")
					.authenticated()
					.requestMatchers(HttpMethod.PUT, "/api/profiles/{id}/keys/{songId}")
					.access(ownProfileOrEditor())
					.requestMatchers(HttpMethod.DELETE, "/api/profiles/{id}/keys/{songId}")
					.access(ownProfileOrEditor());
				features.forEach(feature -> feature.api(auth));
				auth.requestMatchers(HttpMethod.GET, "/api/**")
					.hasAnyRole(EVERY_ROLE)
					.requestMatchers(HttpMethod.HEAD, "/api/**")
					.hasAnyRole(EVERY_ROLE)
					.anyRequest()
					.hasAnyRole(EDITORS);
			})
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, PasswordAuthenticationProvider passwords, SecurityProblems problems,
			SessionRegistry sessions, List<RouteRules> features) throws Exception {
		common(http, problems, sessions);
		http.authenticationManager(new ProviderManager(passwords)).authorizeHttpRequests(auth -> {
			auth.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/account", "/account/**")
				.authenticated();
			features.forEach(feature -> feature.pages(auth));
			auth.requestMatchers(HttpMethod.GET, "/**")
				.hasAnyRole(EVERY_ROLE)
				.requestMatchers(HttpMethod.HEAD, "/**")
				.hasAnyRole(EVERY_ROLE)
				.anyRequest()
				.hasAnyRole(EDITORS);
		})
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/")
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath()
								+ (ex instanceof LockedException ? "/login?locked=1" : "/login?error=1"))))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout=1"));
		return http.build();
	}

	/**
	 * What every chain shares: headers, session fixation protection, sessions an admin
	 * can end.
	 */
	private static void common(HttpSecurity http, SecurityProblems problems, SessionRegistry sessions)
			throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredSessionStrategy(event -> {
					HttpServletRequest request = event.getRequest();
					if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
						problems.unauthorized(event.getResponse(), "Your session has ended. Sign in again.");
					}
					else {
						event.getResponse().sendRedirect(request.getContextPath() + "/login?expired=1");
					}
				}));
	}

	/**
	 * Preferred keys: leaders and admins set anyone's; a member only those of the profile
	 * linked to their account.
	 */
	static AuthorizationManager<RequestAuthorizationContext> ownProfileOrEditor() {
		return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
			Authentication auth = authentication.get();
			if (auth == null || !auth.isAuthenticated()) {
				return new AuthorizationDecision(false);
			}
			boolean editor = auth.getAuthorities()
				.stream()
				.anyMatch(a -> a.getAuthority().equals("ROLE_LEADER") || a.getAuthority().equals("ROLE_ADMIN"));
			if (editor) {
				return new AuthorizationDecision(true);
			}
			boolean member = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MEMBER"));
			String profileId = context.getVariables().get("id");
			return new AuthorizationDecision(member && auth.getPrincipal() instanceof AccountPrincipal principal
					&& principal.profileId() != null && principal.profileId().toString().equals(profileId));
		};
	}

	/**
	 * A change that comes with a session cookie: CSRF matters exactly there. A request
	 * without one carries no ambient credential a forged cross-site request could ride on
	 * (it is anonymous, or authenticated by a header a browser never adds by itself); a
	 * request bearing an API token is judged by that token alone
	 * ({@link ApiTokenFilter}), whatever cookie comes with it. (Tests with
	 * {@code @WithMockUser} send no cookie, so they need no CSRF token on the API; pages
	 * always need one.)
	 */
	static boolean sessionChange(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && !ApiTokenFilter.hasBearerToken(request)
				&& request.getRequestedSessionId() != null;
	}

	private static boolean hasAuthorizationHeader(HttpServletRequest request, String scheme) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
	}

}
