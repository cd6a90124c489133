package org.canticle.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.canticle.system.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records who did what. Features call it after each write, in the same transaction: {@code recordCreate("song", id)}
 * also stamps the song's {@code created_by} and {@code updated_by}, {@code recordUpdate} its {@code updated_by}, for
 * the kinds whose table has those columns (song, plan). The actor is the signed-in user of the current request;
 * outside a request (start-up, the admin command) it is "system".
 */
@Component
public class AuditTrail {

	/** kind → the table carrying created_by / updated_by; only these fixed names ever reach the SQL text. */
	private static final Map<String, String> AUTHORED = Map.of("song", "song", "plan", "plan");

	private static final int DETAIL_MAX = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Two statements for a song or plan (stamp, log line), one for other kinds. */
	public void recordCreate(String kind, long id) {
		String table = AUTHORED.get(kind);
		Actor actor = actor();
		if (table != null) {
			jdbc.sql("UPDATE " + table + " SET created_by = :actor, updated_by = :actor WHERE id = :id")
				.param("actor", actor.id())
				.param("id", id)
				.update();
		}
		insert(actor, kind + ".create", kind, id, "");
	}

	/** Two statements for a song or plan (stamp, log line), one for other kinds. */
	public void recordUpdate(String kind, long id) {
		String table = AUTHORED.get(kind);
		Actor actor = actor();
		if (table != null) {
			jdbc.sql("UPDATE " + table + " SET updated_by = :actor WHERE id = :id")
				.param("actor", actor.id())
				.param("id", id)
				.update();
		}
		insert(actor, kind + ".update", kind, id, "");
	}

	/** One statement. */
	public void recordDelete(String kind, long id) {
		insert(actor(), kind + ".delete", kind, id, "");
	}

	/** Any other event, e.g. {@code record("token.revoke", "token", 12, "name: laptop")}. One statement. */
	public void record(String action, String kind, Long id, String detail) {
		insert(actor(), action, kind, id, detail);
	}

	/** The same, for an actor who is not (yet) the request's principal: a sign-in, a user created by a command. */
	void recordAs(Long actorId, String actorName, String action, String kind, Long id, String detail) {
		insert(new Actor(actorId, actorName), action, kind, id, detail);
	}

	/** The log, newest first, optionally for one kind of thing or one thing. Two statements. */
	ResultPage<AuditEntry> page(String kind, Long targetId, int page, int size) {
		String where = "(CAST(:kind AS VARCHAR(20)) IS NULL OR target_kind = :kind)"
				+ " AND (CAST(:target AS BIGINT) IS NULL OR target_id = :target)";
		long total = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE " + where)
			.param("kind", kind)
			.param("target", targetId)
			.query(Long.class)
			.single();
		List<AuditEntry> items = jdbc.sql("""
				SELECT id, occurred_at, actor_id, actor, action, target_kind, target_id, detail
				FROM audit_log WHERE %s
				ORDER BY id DESC
				LIMIT :limit OFFSET :offset
				""".formatted(where))
			.param("kind", kind)
			.param("target", targetId)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditTrail::entry)
			.list();
		return new ResultPage<>(items, page, size, total);
	}

	private void insert(Actor actor, String action, String kind, Long id, String detail) {
		String text = detail == null ? "" : detail;
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor_id, actor, action, target_kind, target_id, detail)
				VALUES (:now, :actorId, :actor, :action, :kind, :target, :detail)
				""")
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("actorId", actor.id())
			.param("actor", truncate(actor.name(), 254))
			.param("action", truncate(action, 40))
			.param("kind", kind)
			.param("target", id)
			.param("detail", truncate(text, DETAIL_MAX))
			.update();
	}

	private static Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return new Actor(null, "system");
		}
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return new Actor(principal.id(), principal.email());
		}
		return new Actor(null, authentication.getName());
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

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private record Actor(Long id, String name) {
	}

	static Instant utc(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}
