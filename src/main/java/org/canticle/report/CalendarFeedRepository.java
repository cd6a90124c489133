package org.canticle.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarFeedRepository {

	record Feed(String token, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	CalendarFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Feed> find() {
		return jdbc.sql("SELECT token, created_at FROM calendar_feed WHERE id = 1")
			.query((rs, n) -> new Feed(rs.getString("token"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	boolean exists(String token) {
		return jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE token = :token")
			.param("token", token)
			.query(Integer.class)
			.single() > 0;
	}

	/** Replaces the token (or sets the first one). */
	void save(String token, Instant now) {
		int updated = jdbc.sql("UPDATE calendar_feed SET token = :token, created_at = :now WHERE id = 1")
			.param("token", token)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO calendar_feed (id, token, created_at) VALUES (1, :token, :now)")
				.param("token", token)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

}
