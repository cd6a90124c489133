package org.canticle.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/canticle}: what an operator (and the {@code health} command) needs in
 * one answer: the pool's usage, a timed {@code SELECT 1}, the circuit, and the thresholds
 * crossed. Open to ADMIN users and to the management token only: it tells how loaded the
 * server is.
 */
@Component
@Endpoint(id = "canticle")
class OperationsEndpoint {

	private final DatabaseGuard guard;

	private final OperationsSettings settings;

	private final MeterRegistry registry;

	OperationsEndpoint(DatabaseGuard guard, OperationsSettings settings, MeterRegistry registry) {
		this.guard = guard;
		this.settings = settings;
		this.registry = registry;
	}

	@ReadOperation
	Map<String, Object> report() {
		List<String> warnings = new ArrayList<>();
		Map<String, Object> report = new LinkedHashMap<>();
		boolean healthy = true;

		Map<String, Object> database = new LinkedHashMap<>();
		database.put("migrated", guard.migrated());
		database.put("circuit", guard.circuit().name());
		if (!guard.migrated()) {
			healthy = false;
			warnings.add("the database schema is not migrated yet: " + guard.lastProblem());
		}
		if (guard.circuit() != CircuitBreaker.State.CLOSED) {
			healthy = false;
			warnings.add("the database circuit is " + guard.circuit() + ": " + guard.lastProblem());
		}
		report.put("database", database);

		PoolHealthIndicator.PoolStats stats = PoolHealthIndicator.PoolStats.of(guard, registry);
		if (stats != null) {
			Map<String, Object> pool = new LinkedHashMap<>();
			pool.put("active", stats.active());
			pool.put("idle", stats.idle());
			pool.put("pending", stats.pending());
			pool.put("total", stats.total());
			pool.put("max", stats.max());
			pool.put("timeouts", stats.timeouts());
			pool.put("connectionTimeoutMillis", stats.connectionTimeoutMillis());
			report.put("pool", pool);
			if (stats.pending() > settings.maxPending()) {
				healthy = false;
				warnings.add(stats.pending() + " requests are waiting for a connection (threshold "
						+ settings.maxPending() + ")");
			}
			if (stats.max() > 0 && stats.active() >= settings.maxUsage() * stats.max()) {
				warnings.add(stats.active() + " of " + stats.max() + " connections are in use (threshold "
						+ Math.round(settings.maxUsage() * 100) + "%)");
			}
		}

		Map<String, Object> probe = probe();
		report.put("probe", probe);
		if (!Boolean.TRUE.equals(probe.get("ok"))) {
			healthy = false;
			warnings.add("the database probe failed: " + probe.get("error"));
		}
		else if ((Long) probe.get("millis") > settings.maxProbeLatency().toMillis()) {
			warnings.add("the database took " + probe.get("millis") + " ms to answer SELECT 1 (threshold "
					+ settings.maxProbeLatency().toMillis() + " ms)");
		}
		report.put("thresholds", Map.of("maxPending", settings.maxPending(), "maxUsage", settings.maxUsage(),
				"maxProbeLatencyMillis", settings.maxProbeLatency().toMillis()));
		report.put("warnings", warnings);
		report.put("status", healthy ? "UP" : "DOWN");
		return report;
	}

	/** {@code SELECT 1} through the pool, waiting at most a second for a connection. */
	private Map<String, Object> probe() {
		Map<String, Object> probe = new LinkedHashMap<>();
		if (!guard.migrated() || guard.circuit() == CircuitBreaker.State.OPEN) {
			probe.put("ok", false);
			probe.put("error", "skipped: the database is unavailable");
			return probe;
		}
		HikariDataSource hikari = guard.hikari();
		if (hikari == null || !(hikari.getHikariPoolMXBean() instanceof HikariPool pool)) {
			probe.put("ok", false);
			probe.put("error", "the pool has not started");
			return probe;
		}
		long start = System.nanoTime();
		try (Connection connection = pool.getConnection(1000);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT 1")) {
			rs.next();
			probe.put("ok", true);
			probe.put("millis", (System.nanoTime() - start) / 1_000_000);
		}
		catch (SQLException | RuntimeException ex) {
			probe.put("ok", false);
			probe.put("millis", (System.nanoTime() - start) / 1_000_000);
			probe.put("error", ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		}
		return probe;
	}

}
