package org.canticle.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log's SQL. */
@Repository
class AuditRepository {

	private static final String FILTER = """
			(CAST(:kind AS VARCHAR(20)) IS NULL OR target_kind = :kind)
			AND (CAST(:target AS BIGINT) IS NULL OR target_id = :target)
			""";

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Instant at, Long actorId, String actor, String action, String kind, Long targetId, String detail) {
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor_id, actor, action, target_kind, target_id, detail)
				VALUES (:now, :actorId, :actor, :action, :kind, :target, :detail)
				""")
			.param("now", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("actorId", actorId)
			.param("actor", actor)
			.param("action", action)
			.param("kind", kind)
			.param("target", targetId)
			.param("detail", detail)
			.update();
	}

	/**
	 * Entries for one kind of thing, one thing, or all (null filters match everything).
	 */
	long count(String kind, Long targetId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE " + FILTER)
			.param("kind", kind)
			.param("target", targetId)
			.query(Long.class)
			.single();
	}

	/** Newest first. */
	List<AuditEntry> page(String kind, Long targetId, int offset, int limit) {
		return jdbc.sql("""
				SELECT id, occurred_at, actor_id, actor, action, target_kind, target_id, detail
				FROM audit_log WHERE %s
				ORDER BY id DESC
				LIMIT :limit OFFSET :offset
				""".formatted(FILTER))
			.param("kind", kind)
			.param("target", targetId)
			.param("limit", limit)
			.param("offset", (long) offset)
			.query(AuditRepository::entry)
			.list();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
		long actorId = rs.getLong("actor_id");
		Long actor = rs.wasNull() ? null : actorId;
		long targetId = rs.getLong("target_id");
		Long target = rs.wasNull() ? null : targetId;
		return new AuditEntry(rs.getLong("id"), at.toInstant(), actor, rs.getString("actor"), rs.getString("action"),
				rs.getString("target_kind"), target, rs.getString("detail"));
	}

}
