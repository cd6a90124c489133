package org.canticle.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the database's trouble from becoming the whole application's trouble.
 * <ul>
 * <li>A bulkhead bounds the API requests using the database at once, so a saturated pool
 * makes a bounded queue, not 200 parked threads.</li>
 * <li>A circuit breaker opens on connection failures: while the database is unreachable,
 * requests get 503 at once instead of each waiting out the pool's connection time-out. A
 * failure is checked at once with a direct connection (bypassing the pool), so one
 * refused connection is enough to open it.</li>
 * <li>While it is open (or before the schema is migrated), a probe connects directly
 * every {@code probeInterval}; the first success closes the circuit and wakes the pool,
 * so service resumes within a second of the database's return, with no restart.</li>
 * <li>Flyway runs here, not at startup: Canticle starts while the database is down and
 * migrates when it appears. Then it publishes {@link DatabaseReady}, for the start-up
 * data, and only after that opens the API.</li>
 * </ul>
 */
@Component
public class DatabaseGuard implements FlywayMigrationStrategy, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

	private final DatabaseSettings settings;

	private final DataSource dataSource;

	private final CircuitBreaker breaker;

	private final Bulkhead bulkhead;

	private final ReentrantLock probing = new ReentrantLock();

	private final ApplicationEventPublisher events;

	private final AtomicReference<Flyway> pendingMigration = new AtomicReference<>();

	/** The schema is migrated. */
	private volatile boolean schemaMigrated;

	/** The schema is migrated and the start-up data is in: the API is open. */
	private volatile boolean migrated;

	/**
	 * A {@link DatabaseReady} listener failed for a reason other than the database:
	 * retrying will not help.
	 */
	private volatile boolean startupFailed;

	private volatile String lastProblem;

	private ScheduledExecutorService scheduler;

	DatabaseGuard(DatabaseSettings settings, DataSource dataSource, ApplicationEventPublisher events) {
		this.settings = settings;
		this.dataSource = dataSource;
		this.events = events;
		DatabaseSettings.Breaker b = settings.breaker();
		this.breaker = CircuitBreaker.of("database",
				CircuitBreakerConfig.custom()
					.slidingWindow(b.window(), b.minimumCalls(), SlidingWindowType.COUNT_BASED)
					.failureRateThreshold(b.failureRate())
					.waitDurationInOpenState(b.openFor())
					.permittedNumberOfCallsInHalfOpenState(2)
					.recordException(DatabaseProblems::isConnectionFailure)
					.build());
		this.bulkhead = Bulkhead.of("database",
				BulkheadConfig.custom()
					.maxConcurrentCalls(settings.bulkhead().maxConcurrent())
					.maxWaitDuration(settings.bulkhead().maxWait())
					.build());
		this.breaker.getEventPublisher()
			.onStateTransition(event -> log.warn("Database circuit {}", event.getStateTransition()));
	}

	CircuitBreaker breaker() {
		return breaker;
	}

	Bulkhead bulkhead() {
		return bulkhead;
	}

	/**
	 * True once the schema is migrated and the start-up data is in ({@link DatabaseReady}
	 * handled): until then every API request gets 503 and readiness is DOWN.
	 */
	public boolean migrated() {
		return migrated;
	}

	public CircuitBreaker.State circuit() {
		return breaker.getState();
	}

	String lastProblem() {
		return lastProblem;
	}

	/** The pool, when it is Hikari; null otherwise. */
	HikariDataSource hikari() {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	/**
	 * Called by Boot's Flyway initializer at startup instead of migrating there and then.
	 * {@link DatabaseReady} waits for {@link #start()}: the context is still being built
	 * here, and its listeners may not exist yet.
	 */
	@Override
	public void migrate(Flyway flyway) {
		pendingMigration.set(flyway);
		if (reachable()) {
			tryMigrate(); // the usual case: the schema is ready before the first request,
							// as if Boot had done it
		}
		if (!schemaMigrated) {
			log.warn("The database is not reachable ({}): starting anyway; migrations run when it is", lastProblem);
		}
	}

	/**
	 * A request failed with a connection failure: check at once, once for all the
	 * requests failing together, whether the database is reachable; if not, open the
	 * circuit so the next requests do not wait.
	 */
	void onConnectionFailure() {
		if (breaker.getState() == CircuitBreaker.State.OPEN) {
			return;
		}
		if (!probing.tryLock()) {
			waitForProbe();
			return;
		}
		try {
			if (!reachable() && breaker.getState() != CircuitBreaker.State.OPEN) {
				try {
					breaker.transitionToOpenState();
				}
				catch (IllegalStateException ex) {
					// another thread moved it meanwhile
				}
			}
		}
		finally {
			probing.unlock();
		}
	}

	private void waitForProbe() {
		try {
			if (probing.tryLock(settings.probeTimeout().toMillis() + 500, TimeUnit.MILLISECONDS)) {
				probing.unlock();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Runs every probe interval: migrates when still needed, and closes the circuit when
	 * the database is back.
	 */
	void tick() {
		if (!migrated) {
			if (startupFailed || !reachable()) {
				return;
			}
			if (!schemaMigrated && pendingMigration.get() != null) {
				tryMigrate();
			}
			if (schemaMigrated) {
				try {
					announceReady();
				}
				catch (RuntimeException ex) {
					// no start to stop any more: stay unready (503, readiness DOWN) and
					// say why
					startupFailed = true;
					lastProblem = "start-up data failed: " + ex.getMessage();
					log.error("Preparing the start-up data failed; the API stays closed until a restart", ex);
				}
			}
			return;
		}
		if (breaker.getState() != CircuitBreaker.State.CLOSED) {
			if (!probing.tryLock()) {
				return;
			}
			try {
				if (reachable()) {
					log.warn("The database is reachable again: closing the circuit");
					breaker.transitionToClosedState();
					wakePool();
				}
			}
			finally {
				probing.unlock();
			}
		}
	}

	private void tryMigrate() {
		Flyway flyway = pendingMigration.get();
		try {
			flyway.migrate();
			schemaMigrated = true;
			pendingMigration.set(null);
			log.info("Database schema migrated");
		}
		catch (RuntimeException ex) {
			if (!DatabaseProblems.isConnectionFailure(ex) && DatabaseProblems.map(ex) == null) {
				pendingMigration.set(null);
				throw ex; // a broken migration is a bug to fix, not an outage to wait out
			}
			lastProblem = ex.getMessage();
			log.warn("Migrating the database failed, retrying: {}", ex.getMessage());
		}
	}

	/**
	 * Publishes {@link DatabaseReady}, then opens the API. A listener failing because the
	 * database went away again leaves the API closed, and the next probe tries again; any
	 * other failure is thrown.
	 */
	private void announceReady() {
		try {
			events.publishEvent(new DatabaseReady());
			migrated = true;
			lastProblem = null;
			log.info("Database ready");
		}
		catch (RuntimeException ex) {
			if (DatabaseProblems.isConnectionFailure(ex) || DatabaseProblems.map(ex) != null) {
				lastProblem = ex.getMessage();
				log.warn("Preparing the start-up data failed, retrying: {}", ex.getMessage());
				return;
			}
			throw ex;
		}
	}

	/**
	 * Connects directly with the pool's own settings, bypassing the pool: a pool would
	 * make the probe wait out its connection time-out, and keeps retrying on its own
	 * schedule.
	 */
	boolean reachable() {
		HikariDataSource hikari = hikari();
		try (Connection connection = hikari != null ? connectDirectly(hikari) : dataSource.getConnection()) {
			boolean valid = connection.isValid(seconds(settings.probeTimeout()));
			lastProblem = valid ? null : "the connection did not answer";
			return valid;
		}
		catch (SQLException | RuntimeException ex) {
			lastProblem = ex.getMessage();
			return false;
		}
	}

	private Connection connectDirectly(HikariDataSource hikari) throws SQLException {
		Properties props = new Properties();
		props.putAll(hikari.getDataSourceProperties());
		if (hikari.getUsername() != null) {
			props.setProperty("user", hikari.getUsername());
		}
		if (hikari.getPassword() != null) {
			props.setProperty("password", hikari.getPassword());
		}
		String url = hikari.getJdbcUrl();
		if (url.startsWith("jdbc:postgresql:")) {
			String timeout = String.valueOf(seconds(settings.probeTimeout()));
			props.setProperty("connectTimeout", timeout);
			props.setProperty("loginTimeout", timeout);
			props.setProperty("socketTimeout", timeout);
		}
		return DriverManager.getConnection(url, props);
	}

	/**
	 * Hikari retries failed connections with a back-off that grows to 5 s; once the
	 * database is back, a connection adder asleep in that back-off would keep the pool
	 * empty for up to 5 s more. Waking it ends its loop, and the next request starts a
	 * fresh adder that connects at once.
	 */
	private void wakePool() {
		for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
			boolean sleeping = false;
			for (StackTraceElement frame : thread.getValue()) {
				if (frame.getMethodName().equals("quietlySleep")) {
					sleeping = true;
				}
				else if (sleeping
						&& frame.getClassName().startsWith("com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator")) {
					thread.getKey().interrupt();
					break;
				}
			}
		}
	}

	/** Requests that waited a whole connection time-out for a connection in vain. */
	long connectionTimeouts() {
		try {
			return dataSource.isWrapperFor(GuardedDataSource.class)
					? dataSource.unwrap(GuardedDataSource.class).timeouts() : 0;
		}
		catch (SQLException ex) {
			return 0;
		}
	}

	/**
	 * Pool figures, for health and the operator endpoint; null when the pool is not
	 * Hikari or not started.
	 */
	HikariPoolMXBean pool() {
		HikariDataSource hikari = hikari();
		return hikari == null ? null : hikari.getHikariPoolMXBean();
	}

	private static int seconds(Duration duration) {
		return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
	}

	/**
	 * Runs once the context's beans and listeners exist, before the web server starts:
	 * when the schema was migrated at startup, the start-up data goes in now, so the
	 * first request finds it, and a failing listener (a first admin's password the policy
	 * refuses) stops the start.
	 */
	@Override
	public void start() {
		if (schemaMigrated && !migrated) {
			announceReady();
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "database-probe");
			thread.setDaemon(true);
			return thread;
		});
		long interval = settings.probeInterval().toMillis();
		scheduler.scheduleWithFixedDelay(() -> {
			try {
				tick();
			}
			catch (RuntimeException ex) {
				log.error("Database probe failed", ex);
			}
		}, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		scheduler.shutdownNow();
		scheduler = null;
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	@Override
	public int getPhase() {
		// stops after the web server has drained its requests
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

}
