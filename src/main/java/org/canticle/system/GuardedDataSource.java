package org.canticle.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Waits for a pooled connection in short slices, up to the pool's connection time-out in all, looking at the circuit
 * between slices. Hikari alone would keep every waiting request waiting out the whole time-out after the database
 * went away (it does not tell waiters that creating connections fails); here the first slice that ends on a
 * connection failure has the guard check the database, and once the circuit is open every waiter gives up at once.
 */
final class GuardedDataSource extends DelegatingDataSource {

	private static final long SLICE_MILLIS = 250;

	private final Supplier<DatabaseGuard> guard;

	private final AtomicLong timeouts = new AtomicLong();

	GuardedDataSource(HikariDataSource target, Supplier<DatabaseGuard> guard) {
		super(target);
		this.guard = guard;
	}

	/** Requests that waited the whole connection time-out and got no connection. */
	long timeouts() {
		return timeouts.get();
	}

	@Override
	public Connection getConnection() throws SQLException {
		HikariDataSource hikari = (HikariDataSource) obtainTargetDataSource();
		if (!(hikari.getHikariPoolMXBean() instanceof HikariPool pool)) {
			return hikari.getConnection(); // starts the pool
		}
		long deadline = System.nanoTime() + hikari.getConnectionTimeout() * 1_000_000;
		while (true) {
			DatabaseGuard databaseGuard = guard.get();
			if (databaseGuard.circuit() == CircuitBreaker.State.OPEN) {
				throw new SQLTransientConnectionException("The database is unreachable (circuit open)", "08001");
			}
			long remaining = (deadline - System.nanoTime()) / 1_000_000;
			try {
				return pool.getConnection(Math.max(1, Math.min(SLICE_MILLIS, remaining)));
			}
			catch (SQLTransientConnectionException ex) {
				if (DatabaseProblems.isConnectionFailure(ex)) {
					databaseGuard.onConnectionFailure();
				}
				if (System.nanoTime() >= deadline) {
					timeouts.incrementAndGet();
					throw ex;
				}
			}
		}
	}

}
