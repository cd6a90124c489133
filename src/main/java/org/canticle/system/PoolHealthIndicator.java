package org.canticle.system;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The connection pool's load: active, idle, pending and total connections and the
 * time-outs so far. More requests pending than {@code canticle.operations.max-pending}
 * makes it OUT_OF_SERVICE.
 */
@Component("pool")
class PoolHealthIndicator implements HealthIndicator {

	private final DatabaseGuard guard;

	private final OperationsSettings settings;

	private final MeterRegistry registry;

	PoolHealthIndicator(DatabaseGuard guard, OperationsSettings settings, MeterRegistry registry) {
		this.guard = guard;
		this.settings = settings;
		this.registry = registry;
	}

	@Override
	public Health health() {
		PoolStats stats = PoolStats.of(guard, registry);
		if (stats == null) {
			return Health.unknown().build();
		}
		Health.Builder health = stats.pending() > settings.maxPending() ? Health.status(Status.OUT_OF_SERVICE)
				: Health.up();
		return health.withDetail("active", stats.active())
			.withDetail("idle", stats.idle())
			.withDetail("pending", stats.pending())
			.withDetail("total", stats.total())
			.withDetail("max", stats.max())
			.withDetail("timeouts", stats.timeouts())
			.withDetail("maxPending", settings.maxPending())
			.build();
	}

	/** The pool's figures at one moment. */
	record PoolStats(int active, int idle, int pending, int total, int max, long connectionTimeoutMillis,
			long timeouts) {

		static PoolStats of(DatabaseGuard guard, MeterRegistry registry) {
			var hikari = guard.hikari();
			HikariPoolMXBean pool = hikari == null ? null : hikari.getHikariPoolMXBean();
			if (pool == null) {
				return null;
			}
			return new PoolStats(pool.getActiveConnections(), pool.getIdleConnections(),
					pool.getThreadsAwaitingConnection(), pool.getTotalConnections(), hikari.getMaximumPoolSize(),
					hikari.getConnectionTimeout(), guard.connectionTimeouts());
		}

	}

}
