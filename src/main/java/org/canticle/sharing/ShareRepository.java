package org.canticle.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The share links' SQL. Opening a link reads the plan's tables directly (DESIGN.md: a
 * feature may join another's tables to read), so a guest's page costs two statements
 * whatever the plan's size.
 */
@Repository
class ShareRepository {

	private final JdbcClient jdbc;

	ShareRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long countLive(long planId, Instant now) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM share_link
				WHERE plan_id = :plan AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
				""").param("plan", planId).param("now", utc(now)).query(Long.class).single();
	}

	boolean planExists(long planId) {
		return jdbc.sql("SELECT COUNT(*) FROM plan WHERE id = :id").param("id", planId).query(Long.class).single() > 0;
	}

	long insert(long planId, String hash, String prefix, Long createdBy, Instant now, Instant expiresAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO share_link (plan_id, token_hash, token_prefix, created_by, created_at, expires_at)
				VALUES (:plan, :hash, :prefix, :by, :now, :expires)
				""")
			.param("plan", planId)
			.param("hash", hash)
			.param("prefix", prefix)
			.param("by", createdBy)
			.param("now", utc(now))
			.param("expires", expiresAt == null ? null : utc(expiresAt))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	List<ShareLink> list(long planId) {
		return jdbc.sql("""
				SELECT id, plan_id, token_prefix, created_at, created_by, expires_at, revoked_at
				FROM share_link WHERE plan_id = :plan ORDER BY id DESC
				""").param("plan", planId).query(ShareRepository::link).list();
	}

	/**
	 * @return false when the plan has no such live link
	 */
	boolean revoke(long planId, long shareId, Instant now) {
		return jdbc.sql("""
				UPDATE share_link SET revoked_at = :now WHERE id = :id AND plan_id = :plan AND revoked_at IS NULL
				""").param("now", utc(now)).param("id", shareId).param("plan", planId).update() == 1;
	}

	boolean exists(long planId, long shareId) {
		return jdbc.sql("SELECT COUNT(*) FROM share_link WHERE id = :id AND plan_id = :plan")
			.param("id", shareId)
			.param("plan", planId)
			.query(Long.class)
			.single() > 0;
	}

	/** The plan a live link opens, without its items. */
	Optional<SharedPlan> findPlan(String hash, Instant now) {
		return jdbc.sql("""
				SELECT p.id, p.title, p.plan_date, s.expires_at
				FROM share_link s JOIN plan p ON p.id = s.plan_id
				WHERE s.token_hash = :hash AND s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > :now)
				""")
			.param("hash", hash)
			.param("now", utc(now))
			.query((rs, row) -> new SharedPlan(rs.getLong("id"), rs.getString("title"),
					rs.getObject("plan_date", LocalDate.class), instant(rs, "expires_at"), List.of()))
			.optional();
	}

	/**
	 * The key of a song item: the item's own, else the plan leader's preferred key, else
	 * the song's.
	 */
	List<SharedPlan.Item> items(long planId) {
		return jdbc.sql("""
				SELECT i.position, i.item_type, i.song_id, COALESCE(s.title, i.title) AS title,
				       COALESCE(i.song_key, k.song_key, s.song_key) AS song_key
				FROM plan_item i
				JOIN plan p ON p.id = i.plan_id
				LEFT JOIN song s ON s.id = i.song_id
				LEFT JOIN preferred_key k ON k.profile_id = p.leader_id AND k.song_id = i.song_id
				WHERE i.plan_id = :plan
				ORDER BY i.position
				""").param("plan", planId).query((rs, row) -> {
			long songId = rs.getLong("song_id");
			return new SharedPlan.Item(rs.getInt("position"), rs.getString("item_type"), rs.wasNull() ? null : songId,
					rs.getString("title"), rs.getString("song_key"));
		}).list();
	}

	private static ShareLink link(ResultSet rs, int row) throws SQLException {
		long by = rs.getLong("created_by");
		Long createdBy = rs.wasNull() ? null : by;
		return new ShareLink(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("token_prefix"),
				instant(rs, "created_at"), createdBy, instant(rs, "expires_at"), instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
