package org.canticle.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseProblemsTest {

	@Test
	void aPoolTimeOutIs503ButNotAnOutage() {
		var busy = new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("canticle - Connection is not available, request timed out"));
		assertThat(DatabaseProblems.map(busy).getStatus()).isEqualTo(503);
		assertThat(DatabaseProblems.isConnectionFailure(busy)).isFalse();
	}

	@Test
	void aRefusedOrBrokenConnectionIsAnOutage() {
		var refused = new SQLTransientConnectionException("timed out", "08001", new SQLException("refused", "08001"));
		assertThat(DatabaseProblems.isConnectionFailure(new CannotCreateTransactionException("x", refused))).isTrue();
		var broken = new DataAccessResourceFailureException("io", new SQLException("I/O error", "08006"));
		assertThat(DatabaseProblems.map(broken).getStatus()).isEqualTo(503);
		assertThat(DatabaseProblems.isConnectionFailure(broken)).isTrue();
	}

	@Test
	void aFailedRollbackIsJudgedByWhatCausedIt() {
		var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		rollback
			.initApplicationException(new DataAccessResourceFailureException("io", new SQLException("I/O", "08006")));
		assertThat(DatabaseProblems.map(rollback)).isNotNull();
		assertThat(DatabaseProblems.isConnectionFailure(rollback)).isTrue();
	}

	@Test
	void aCommitThatFailedAndThenCouldNotRollBackIs503() {
		// what Spring throws when the connection breaks during commit: the commit's
		// failure is only logged
		var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
		assertThat(DatabaseProblems.map(rollback).getStatus()).isEqualTo(503);
	}

	@Test
	void aCancelledStatementIsATimeOut() {
		var cancelled = new SQLException("canceling statement due to statement timeout", "57014");
		assertThat(DatabaseProblems.isTimeout(cancelled)).isTrue();
		assertThat(DatabaseProblems.map(cancelled).getDetail()).contains("too long");
		assertThat(DatabaseProblems.isConnectionFailure(cancelled)).isFalse();
	}

	@Test
	void otherErrorsAreNotDatabaseProblems() {
		assertThat(DatabaseProblems.map(new IllegalStateException("bug"))).isNull();
		assertThat(DatabaseProblems.map(new SQLException("syntax", "42601"))).isNull();
	}

}
