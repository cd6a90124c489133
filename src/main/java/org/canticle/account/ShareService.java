package org.canticle.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.canticle.system.BadRequestException;
import org.canticle.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.canticle.account.UserRepository.instant;
import static org.canticle.account.UserRepository.utc;

/**
 * Read-only links to one plan for a guest without an account. The link's token is 256 random bits, stored hashed like
 * an API token; it opens {@code /share/{token}} and nothing else. Revoked, expired and unknown links look the same.
 */
@Service
class ShareService {

	static final int MAX_LINKS_PER_PLAN = 20;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecuritySettings settings;

	ShareService(JdbcClient jdbc, AuditTrail audit, Clock clock, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** A token and its link; the only time the token is shown. */
	record Created(long id, String token, Instant expiresAt) {
	}

	/**
	 * @param expiresAt when the link stops working; null for the default ({@code canticle.security.share-link-expiry})
	 * @param neverExpires a link that works until revoked
	 */
	@Transactional
	Created create(long planId, Instant expiresAt, boolean neverExpires) {
		Instant now = clock.instant();
		if (expiresAt != null && neverExpires) {
			throw new BadRequestException("expiresAt", "give an expiry or neverExpires, not both");
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new BadRequestException("expiresAt", "must be in the future");
		}
		Duration fallback = settings.shareLinkExpiry();
		Instant expiry = neverExpires ? null
				: expiresAt != null ? expiresAt : fallback.isZero() || fallback.isNegative() ? null : now.plus(fallback);
		long live = jdbc.sql("""
				SELECT COUNT(*) FROM share_link
				WHERE plan_id = :plan AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
				""").param("plan", planId).param("now", utc(now)).query(Long.class).single();
		if (live >= MAX_LINKS_PER_PLAN) {
			throw new BadRequestException("planId", "this plan has " + MAX_LINKS_PER_PLAN
					+ " live share links already: revoke one first");
		}
		requirePlan(planId);
		String token = Secrets.newToken("");
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO share_link (plan_id, token_hash, token_prefix, created_by, created_at, expires_at)
				VALUES (:plan, :hash, :prefix, :by, :now, :expires)
				""")
			.param("plan", planId)
			.param("hash", Secrets.sha256(token))
			.param("prefix", token.substring(0, settings.tokenPrefixLength()))
			.param("by", AccountPrincipal.current().map(AccountPrincipal::id).orElse(null))
			.param("now", utc(now))
			.param("expires", expiry == null ? null : utc(expiry))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		audit.record("share.create", "plan", planId, "share link " + id);
		return new Created(id, token, expiry);
	}

	List<ShareLink> list(long planId) {
		requirePlan(planId);
		return jdbc.sql("""
				SELECT id, plan_id, token_prefix, created_at, created_by, expires_at, revoked_at
				FROM share_link WHERE plan_id = :plan ORDER BY id DESC
				""").param("plan", planId).query(ShareService::link).list();
	}

	@Transactional
	void revoke(long planId, long shareId) {
		int changed = jdbc.sql("""
				UPDATE share_link SET revoked_at = :now WHERE id = :id AND plan_id = :plan AND revoked_at IS NULL
				""").param("now", utc(clock.instant())).param("id", shareId).param("plan", planId).update();
		if (changed == 0) {
			long exists = jdbc.sql("SELECT COUNT(*) FROM share_link WHERE id = :id AND plan_id = :plan")
				.param("id", shareId)
				.param("plan", planId)
				.query(Long.class)
				.single();
			if (exists == 0) {
				throw new NotFoundException("Share link", shareId);
			}
			return;
		}
		audit.record("share.revoke", "plan", planId, "share link " + shareId);
	}

	/** The plan a live link opens, with its items: two statements whatever the plan's size. */
	Optional<SharedPlan> open(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		Optional<SharedPlan> plan = jdbc.sql("""
				SELECT p.id, p.title, p.plan_date, s.expires_at
				FROM share_link s JOIN plan p ON p.id = s.plan_id
				WHERE s.token_hash = :hash AND s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > :now)
				""")
			.param("hash", Secrets.sha256(token))
			.param("now", utc(clock.instant()))
			.query((rs, row) -> new SharedPlan(rs.getLong("id"), rs.getString("title"),
					rs.getObject("plan_date", LocalDate.class), instant(rs, "expires_at"), List.of()))
			.optional();
		return plan.map(found -> new SharedPlan(found.planId(), found.title(), found.date(), found.expiresAt(),
				items(found.planId())));
	}

	/** The key of a song item: the item's own, else the plan leader's preferred key, else the song's. */
	private List<SharedPlan.Item> items(long planId) {
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
			return new SharedPlan.Item(rs.getInt("position"), rs.getString("item_type"),
					rs.wasNull() ? null : songId, rs.getString("title"), rs.getString("song_key"));
		}).list();
	}

	private void requirePlan(long planId) {
		long count = jdbc.sql("SELECT COUNT(*) FROM plan WHERE id = :id").param("id", planId).query(Long.class).single();
		if (count == 0) {
			throw new NotFoundException("Plan", planId);
		}
	}

	private static ShareLink link(ResultSet rs, int row) throws SQLException {
		long by = rs.getLong("created_by");
		Long createdBy = rs.wasNull() ? null : by;
		return new ShareLink(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("token_prefix"),
				instant(rs, "created_at"), createdBy, instant(rs, "expires_at"), instant(rs, "revoked_at"));
	}

}
