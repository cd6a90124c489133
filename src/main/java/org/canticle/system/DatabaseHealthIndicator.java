package org.canticle.system;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness's view of the database: DOWN before the schema is migrated and while the
 * circuit is open (no waiting: the circuit already knows), else a quick validity check
 * through the pool that waits at most a second for a connection. A pool that is merely
 * busy is the pool indicator's business, not a database outage.
 */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator {

	private final DatabaseGuard guard;

	DatabaseHealthIndicator(DatabaseGuard guard) {
		this.guard = guard;
	}

	@Override
	public Health health() {
		if (!guard.migrated()) {
			return Health.down()
				.withDetail("migrated", false)
				.withDetail("problem", String.valueOf(guard.lastProblem()))
				.build();
		}
		CircuitBreaker.State circuit = guard.circuit();
		if (circuit == CircuitBreaker.State.OPEN) {
			return Health.down()
				.withDetail("circuit", circuit)
				.withDetail("problem", String.valueOf(guard.lastProblem()))
				.build();
		}
		HikariDataSource hikari = guard.hikari();
		if (hikari == null || !(hikari.getHikariPoolMXBean() instanceof HikariPool pool)) {
			return Health.up().withDetail("circuit", circuit).build();
		}
		try (Connection connection = pool.getConnection(1000)) {
			return (connection.isValid(1) ? Health.up() : Health.down()).withDetail("circuit", circuit).build();
		}
		catch (SQLException ex) {
			if (DatabaseProblems.isConnectionFailure(ex)) {
				return Health.down().withDetail("circuit", circuit).withDetail("problem", ex.getMessage()).build();
			}
			return Health.up().withDetail("circuit", circuit).withDetail("pool", "busy").build();
		}
	}

}
