package org.canticle.system;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits an API request to the database only when the schema is ready, the circuit is not
 * open and the bulkhead has room (waiting a short while for it); otherwise 503 with
 * Retry-After at once. Afterwards it tells the circuit breaker how the request went.
 * <p>
 * Runs before Spring Security: checking an API token is a query, so authentication uses
 * the database like the rest of the request and must be inside the bulkhead and behind
 * the circuit. Were it outside, a burst of requests would park every servlet thread in
 * the pool's queue for its token lookup, and the bulkhead would bound nothing. A request
 * refused by security or the rate limiter holds its place only for the moment that takes.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class DatabaseGuardFilter extends OncePerRequestFilter {

	private final DatabaseGuard guard;

	private final ProblemWriter problems;

	DatabaseGuardFilter(DatabaseGuard guard, ProblemWriter problems) {
		this.guard = guard;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !RateLimitFilter.isApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!guard.migrated()) {
			refuse(response, "The database is not available yet. Please retry shortly.");
			return;
		}
		CircuitBreaker breaker = guard.breaker();
		if (!breaker.tryAcquirePermission()) {
			refuse(response, "The database is unavailable. Please retry shortly.");
			return;
		}
		Bulkhead bulkhead = guard.bulkhead();
		if (!bulkhead.tryAcquirePermission()) {
			breaker.releasePermission();
			refuse(response, "The server is busy. Please retry shortly.");
			return;
		}
		long start = System.nanoTime();
		Throwable failure = null;
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			bulkhead.onComplete();
			if (failure == null
					&& request.getAttribute(DatabaseProblems.FAILURE_ATTRIBUTE) instanceof Throwable handled) {
				failure = handled;
			}
			long elapsed = System.nanoTime() - start;
			if (failure != null && DatabaseProblems.isConnectionFailure(failure)) {
				breaker.onError(elapsed, TimeUnit.NANOSECONDS, failure);
				guard.onConnectionFailure();
			}
			else {
				breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
			}
		}
	}

	private void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseProblems.RETRY_AFTER_SECONDS));
		problems.write(response, DatabaseProblems.unavailable(detail));
	}

}
