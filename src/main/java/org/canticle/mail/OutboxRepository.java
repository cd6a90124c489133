package org.canticle.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's SQL. */
@Repository
class OutboxRepository {

	private static final String COLUMNS = """
			id, recipient, subject, text_body, html_body, created_at, attempts, next_attempt_at, sent_at, last_error""";

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Email email, Instant now) {
		jdbc.sql("""
				INSERT INTO outbox_message (recipient, subject, text_body, html_body, created_at, next_attempt_at)
				VALUES (:recipient, :subject, :text, :html, :now, :now)""")
			.param("recipient", email.recipient())
			.param("subject", email.subject())
			.param("text", email.text())
			.param("html", email.html())
			.param("now", at(now))
			.update();
	}

	/**
	 * The oldest message due, locked for this transaction; a message another instance (or
	 * thread) holds is skipped, so each is sent by one sender only.
	 */
	Optional<OutboxMessage> lockNextDue(Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM outbox_message
				WHERE sent_at IS NULL AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id
				LIMIT 1
				FOR UPDATE SKIP LOCKED""").param("now", at(now)).query(OutboxRepository::message).optional();
	}

	void markSent(long id, Instant now) {
		jdbc.sql("UPDATE outbox_message SET sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	void markFailed(long id, Instant next, String error) {
		jdbc.sql("""
				UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
				WHERE id = :id""").param("next", at(next)).param("error", error).param("id", id).update();
	}

	/** Counts and the latest messages, in one statement each. */
	long[] counts() {
		return jdbc.sql("""
				SELECT COUNT(*) AS waiting, COUNT(last_error) AS failing FROM outbox_message WHERE sent_at IS NULL""")
			.query((rs, n) -> new long[] { rs.getLong("waiting"), rs.getLong("failing") })
			.single();
	}

	Optional<Instant> oldestWaiting() {
		return jdbc.sql("SELECT MIN(created_at) AS oldest FROM outbox_message WHERE sent_at IS NULL")
			.query((rs, n) -> instant(rs, "oldest"))
			.optional();
	}

	List<OutboxMessage> latest(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(OutboxRepository::message)
			.list();
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("text_body"), rs.getString("html_body"), instant(rs, "created_at"), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
