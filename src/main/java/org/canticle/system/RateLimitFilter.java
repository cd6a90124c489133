package org.canticle.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on the API: one token per request from the client's bucket for the
 * request's class, a 429 problem with Retry-After when it is empty, and the
 * RateLimit-Policy and RateLimit headers on every API answer. Runs after Spring Security
 * (order -100), so a logged-in user is limited by name wherever they connect from.
 */
@Component
@Order(RateLimitFilter.ORDER)
class RateLimitFilter extends OncePerRequestFilter {

	static final int ORDER = 0;

	/** Request attributes for the request log line. */
	static final String CLIENT_ATTRIBUTE = "canticle.client";

	static final String CLASS_ATTRIBUTE = "canticle.rateLimitClass";

	private final RateLimiter limiter;

	private final ProblemWriter problems;

	RateLimitFilter(RateLimiter limiter, ProblemWriter problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") && !path.startsWith("/api/docs") && !path.startsWith("/api/openapi");
	}

	static EndpointClass classify(HttpServletRequest request) {
		return switch (request.getMethod()) {
			case "GET", "HEAD" -> {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				String q = request.getParameter("q");
				yield (path.equals("/api/songs") || path.equals("/api/songs/")) && q != null && !q.isBlank()
						? EndpointClass.SEARCH : EndpointClass.READS;
			}
			case "OPTIONS", "TRACE" -> null;
			default -> EndpointClass.WRITES;
		};
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !limiter.enabled() || !isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EndpointClass endpointClass = classify(request);
		if (endpointClass == null) {
			chain.doFilter(request, response);
			return;
		}
		String client = limiter.client(request);
		request.setAttribute(CLIENT_ATTRIBUTE, client);
		request.setAttribute(CLASS_ATTRIBUTE, endpointClass.policy());
		RateLimitDecision decision = limiter.tryConsume(client, endpointClass);
		response.setHeader("RateLimit-Policy", decision.policyHeader());
		response.setHeader("RateLimit", decision.rateLimitHeader());
		if (!decision.allowed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, decision.resetSeconds())));
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many " + endpointClass.policy() + " requests. Retry after "
							+ Math.max(1, decision.resetSeconds()) + " s.");
			problem.setTitle("Too many requests");
			problems.write(response, problem);
			return;
		}
		chain.doFilter(request, response);
	}

}
