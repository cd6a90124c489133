package org.canticle.system;

import java.sql.SQLTransientException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Recognises the failures that mean "the database is busy or away" and answers them with 503, not 500. */
public final class DatabaseProblems {

	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseProblems() {
	}

	/** A 503 problem when {@code ex} says the database is unavailable, overloaded or too slow; else null. */
	public static ProblemDetail map(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof TransientDataAccessException
					|| cause instanceof QueryTimeoutException || cause instanceof SQLTransientException) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
						"The database is busy or unavailable. Please retry shortly.");
				problem.setTitle("Service unavailable");
				return problem;
			}
		}
		return null;
	}

}
