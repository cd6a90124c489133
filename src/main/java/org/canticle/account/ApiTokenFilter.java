package org.canticle.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.canticle.system.DatabaseProblems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with its {@code Authorization: Bearer} API token, for this request
 * only (nothing goes to the session). A request that presents a token is judged by that
 * token alone: an unknown or revoked one is 401 even when a session cookie comes with it.
 * Not a bean, so that the servlet container does not run it outside the security chain.
 * <p>
 * The lookup is one indexed query, inside the database guard's bulkhead and circuit like
 * the rest of the request ({@code DatabaseGuardFilter} runs before security). When it
 * cannot be made (the pool lends no connection within the connection time-out, or the
 * database is unreachable), whether the token is valid is unknown: that is 503 with
 * Retry-After, never 401 (the client would throw away a good token) nor 500; the guard
 * hears of the failure.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	static final SecurityContextRepository REQUEST_ONLY = new RequestAttributeSecurityContextRepository();

	private final TokenService tokens;

	private final SecurityProblems problems;

	ApiTokenFilter(TokenService tokens, SecurityProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<AccountPrincipal> principal;
		try {
			principal = tokens.authenticate(token);
		}
		catch (RuntimeException ex) {
			ProblemDetail unavailable = DatabaseProblems.map(ex);
			if (unavailable == null) {
				throw ex;
			}
			request.setAttribute(DatabaseProblems.FAILURE_ATTRIBUTE, ex); // for the
																			// circuit
																			// breaker
			problems.unavailable(response, unavailable);
			return;
		}
		if (principal.isEmpty()) {
			problems.unauthorized(response, "The API token is unknown or has been revoked.");
			return;
		}
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(new TokenAuthentication(principal.get()));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		// for this request only, as Spring's own bearer-token filter does: session
		// management then sees a context
		// that is already stored and leaves the session alone. Without it every token
		// request made a new HTTP session
		// and registered it for its user: memory that grew with each request, and a
		// per-user list copied on each one.
		REQUEST_ONLY.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	/** A request signed in by an API token: the token's user, with their current role. */
	static final class TokenAuthentication extends AbstractAuthenticationToken {

		private final AccountPrincipal principal;

		TokenAuthentication(AccountPrincipal principal) {
			super(List.of(principal.role().authority()));
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return principal;
		}

		@Override
		public String getName() {
			return principal.email();
		}

	}

}
