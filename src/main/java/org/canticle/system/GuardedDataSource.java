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
 * Waits for a pooled connection in short slices, up to the pool's connection time-out in
 * all, looking at the circuit between slices. Hikari alone would keep every waiting
 * request waiting out the whole time-out after the database went away (it does not tell
 * waiters that creating connections fails); here the first slice that ends on a
 * connection failure has the guard check the database, and once the circuit is open every
 * waiter gives up at once.
 * <p>
 * Within a request the connection time-out is the request's whole allowance for waiting,
 * not each connection's: a request that waited for the connection to check its API token,
 * and then waits for the one its work needs, gets its 503 after one connection time-out
 * in all, as DESIGN.md's pool budget says.
 */
final class GuardedDataSource extends DelegatingDataSource {

	private static final long SLICE_MILLIS = 250;

	private final Supplier<DatabaseGuard> guard;

	private final AtomicLong timeouts = new AtomicLong();

	/**
	 * The request's waiting so far, in nanoseconds; absent outside a request (start-up,
	 * the probe, a command).
	 */
	private static final ThreadLocal<long[]> REQUEST_WAITED = new ThreadLocal<>();

	GuardedDataSource(HikariDataSource target, Supplier<DatabaseGuard> guard) {
		super(target);
		this.guard = guard;
	}

	/**
	 * The current thread starts serving a request: its connection waits add up from here.
	 */
	static void requestStarted() {
		REQUEST_WAITED.set(new long[1]);
	}

	static void requestEnded() {
		REQUEST_WAITED.remove();
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
		long begin = System.nanoTime();
		long[] waited = REQUEST_WAITED.get();
		long allowance = hikari.getConnectionTimeout() * 1_000_000 - (waited == null ? 0 : waited[0]);
		long deadline = begin + Math.max(0, allowance);
		try {
			return waitForConnection(pool, deadline);
		}
		finally {
			if (waited != null) {
				waited[0] += System.nanoTime() - begin;
			}
		}
	}

	private Connection waitForConnection(HikariPool pool, long deadline) throws SQLException {
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
