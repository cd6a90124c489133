package org.canticle.system;

import java.io.IOException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request (method, route, status, duration, SQL statements, and the
 * client and rate-limit class when the rate limiter saw the request) and the per-route
 * statement-count metric {@code canticle.sql.statements}. It wraps everything else,
 * security included, so the count is the request's whole cost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

	/**
	 * Request attribute holding the statement count once the request is done; tests read
	 * it.
	 */
	public static final String STATEMENTS_ATTRIBUTE = "canticle.sqlStatements";

	private static final Logger log = LoggerFactory.getLogger("org.canticle.request");

	private final MeterRegistry registry;

	private final int budget;

	RequestLogFilter(MeterRegistry registry, SqlSettings settings) {
		this.registry = registry;
		this.budget = settings.statementBudget();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		StatementCounter.start();
		GuardedDataSource.requestStarted();
		try {
			chain.doFilter(request, response);
		}
		finally {
			GuardedDataSource.requestEnded();
			int statements = StatementCounter.stop();
			long millis = (System.nanoTime() - start) / 1_000_000;
			request.setAttribute(STATEMENTS_ATTRIBUTE, statements);
			String route = route(request);
			DistributionSummary.builder("canticle.sql.statements")
				.description("SQL statements sent while serving one request")
				.tag("method", request.getMethod())
				.tag("uri", route)
				.register(registry)
				.record(statements);
			Object client = request.getAttribute(RateLimitFilter.CLIENT_ATTRIBUTE);
			Object limitClass = request.getAttribute(RateLimitFilter.CLASS_ATTRIBUTE);
			// key-value pairs: plain text shows them in the message, structured (JSON)
			// logging as fields
			boolean over = statements > budget;
			(over ? log.atWarn() : log.atInfo()).addKeyValue("method", request.getMethod())
				.addKeyValue("route", route)
				.addKeyValue("status", response.getStatus())
				.addKeyValue("durationMs", millis)
				.addKeyValue("sqlStatements", statements)
				.addKeyValue("client", client)
				.addKeyValue("rateLimitClass", limitClass)
				.log("{} {} {} {}ms sql={}{}{}", request.getMethod(), route, response.getStatus(), millis, statements,
						client == null ? "" : " client=" + client + " limit=" + limitClass,
						over ? " over the budget of " + budget : "");
		}
	}

	private static String route(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null) {
			return pattern.toString();
		}
		// unmatched paths are not tagged one by one: that would let any client grow the
		// metric without bound
		return request.getRequestURI().startsWith("/api/") ? "/api/**" : "UNMATCHED";
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
