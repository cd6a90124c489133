package org.canticle.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the database an integration test runs against is there. For PostgreSQL it
 * creates the test database afresh once per test run; when the server cannot be reached
 * the tests skip with a message, except in CI ({@code CI=true}), where they fail: CI must
 * never pass without having run them.
 */
public class TestDatabase implements ExecutionCondition {

	public static final String DB_PROPERTY = "canticle.it.db";

	private static volatile ConditionEvaluationResult postgres;

	public static boolean isPostgres() {
		return "postgresql".equals(System.getProperty(DB_PROPERTY, "h2"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!isPostgres()) {
			return ConditionEvaluationResult.enabled("H2 in memory");
		}
		if (postgres == null) {
			postgres = preparePostgres();
		}
		return postgres;
	}

	/**
	 * The JDBC URL of a database of its own, empty, for a test that needs one (an empty
	 * library, say): a fresh PostgreSQL database next to the shared one, or a separate H2
	 * in-memory database.
	 */
	public static String freshDatabaseUrl(String suffix) {
		if (!isPostgres()) {
			return "jdbc:h2:mem:canticle_it_" + suffix
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		String database = System.getProperty("canticle.it.pg-database", "canticle_it") + "_" + suffix;
		try {
			recreate(database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the PostgreSQL database " + database, ex);
		}
		return server() + database;
	}

	private static String server() {
		return System.getProperty("canticle.it.pg-server", "jdbc:postgresql://127.0.0.1:5432/");
	}

	private static void recreate(String database) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", System.getProperty("spring.datasource.username", "postgres"));
		props.setProperty("password", System.getProperty("spring.datasource.password", ""));
		props.setProperty("connectTimeout", "5");
		try (Connection connection = DriverManager.getConnection(server() + "postgres", props);
				Statement statement = connection.createStatement()) {
			// a fresh database for each run: migrations from another branch or an older
			// run never get in the way
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database);
		}
	}

	private static synchronized ConditionEvaluationResult preparePostgres() {
		String server = server();
		String database = System.getProperty("canticle.it.pg-database", "canticle_it");
		try {
			recreate(database);
			return ConditionEvaluationResult.enabled("PostgreSQL at " + server + database);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL is not reachable at " + server + " (" + ex.getMessage() + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + ": in CI the PostgreSQL tests must run", ex);
			}
			return ConditionEvaluationResult.disabled(message + ": skipping the PostgreSQL integration tests");
		}
	}

}
