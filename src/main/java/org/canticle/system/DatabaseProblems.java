package org.canticle.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises the failures that mean "the database is busy, slow or away" and answers them
 * with 503, not 500. Among them, connection failures (the database is unreachable) also
 * feed the circuit breaker; a busy pool or a cancelled statement does not, since the
 * database is there.
 */
public final class DatabaseProblems {

	public static final int RETRY_AFTER_SECONDS = 5;

	/**
	 * Request attribute holding the database failure a request ended with, for the
	 * circuit breaker.
	 */
	public static final String FAILURE_ATTRIBUTE = DatabaseProblems.class.getName() + ".failure";

	/**
	 * PostgreSQL's SQLState for a statement cancelled by statement_timeout (or by an
	 * operator).
	 */
	private static final String QUERY_CANCELED = "57014";

	private DatabaseProblems() {
	}

	/**
	 * A 503 problem when {@code ex} says the database is unavailable, overloaded or too
	 * slow; else null. A commit or rollback that failed in the driver counts too: the
	 * connection broke under the transaction (Spring then keeps only the rollback's
	 * failure, e.g. Hikari's "Connection is closed", and logs the commit's), and whether
	 * the change was made cannot be told: "retry" is the honest answer, not 500.
	 */
	public static ProblemDetail map(Throwable ex) {
		if (isTimeout(ex)) {
			return problem("The database took too long to answer this request. Please retry shortly.");
		}
		for (Throwable cause : causes(ex)) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientException
					|| cause instanceof TransactionSystemException || isConnectionState(cause)) {
				return problem("The database is busy or unavailable. Please retry shortly.");
			}
		}
		return null;
	}

	/** A 503 problem for requests turned away before they reach the database. */
	public static ProblemDetail unavailable(String detail) {
		return problem(detail);
	}

	/**
	 * True when {@code ex} says the database cannot be reached: a connection refused or
	 * broken (SQLState class 08, which Hikari also puts on its time-out when creating
	 * connections failed), or a server shutting down (57P0x). A pool time-out while the
	 * database answers (saturation) is not one.
	 */
	public static boolean isConnectionFailure(Throwable ex) {
		for (Throwable cause : causes(ex)) {
			if (isConnectionState(cause) || cause instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when a statement ran past its time-out (PostgreSQL statement_timeout, H2
	 * QUERY_TIMEOUT).
	 */
	public static boolean isTimeout(Throwable ex) {
		for (Throwable cause : causes(ex)) {
			if (cause instanceof QueryTimeoutException || cause instanceof SQLTimeoutException
					|| (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The exception and its causes; for a failed rollback also the exception that caused
	 * the rollback, which Spring keeps beside the chain rather than in it.
	 */
	private static List<Throwable> causes(Throwable ex) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = ex; cause != null && !causes.contains(cause)
				&& causes.size() < 20; cause = cause.getCause()) {
			causes.add(cause);
			if (cause instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
				causes.addAll(causes(tx.getApplicationException()));
			}
		}
		return causes;
	}

	private static boolean isConnectionState(Throwable cause) {
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith("08") || state.startsWith("57P0");
		}
		return false;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle("Service unavailable");
		return problem;
	}

}
