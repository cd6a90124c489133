package org.canticle.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Personal API tokens: {@code Authorization: Bearer cnt_…}. Each request looks its token up (one query, by hash), so
 * a revoked token, or one of a disabled user, stops working at once; the user's current role applies.
 */
@Service
class TokenService {

	static final String PREFIX = "cnt_";

	static final int MAX_TOKENS_PER_USER = 50;

	/** last_used_at is kept to the minute: writing it on every request would double the statements of each call. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final int prefixLength;

	TokenService(JdbcClient jdbc, AuditTrail audit, Clock clock, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.prefixLength = settings.tokenPrefixLength();
	}

	@Transactional
	NewApiToken create(AccountPrincipal owner, String name) {
		String cleaned = name == null ? "" : name.strip();
		if (cleaned.isEmpty() || cleaned.length() > 100) {
			throw new BadRequestException("name", "must be 1 to 100 characters");
		}
		long active = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = :user AND revoked_at IS NULL")
			.param("user", owner.id())
			.query(Long.class)
			.single();
		if (active >= MAX_TOKENS_PER_USER) {
			throw new BadRequestException("name", "you have " + MAX_TOKENS_PER_USER
					+ " tokens already: revoke one you no longer use first");
		}
		String token = Secrets.newToken(PREFIX);
		String prefix = token.substring(0, PREFIX.length() + prefixLength);
		Instant now = clock.instant();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, token_prefix, created_at)
				VALUES (:user, :name, :hash, :prefix, :now)
				""")
			.param("user", owner.id())
			.param("name", cleaned)
			.param("hash", Secrets.sha256(token))
			.param("prefix", prefix)
			.param("now", utc(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		audit.recordAs(owner.id(), owner.email(), "token.create", "token", id, "name: " + cleaned);
		return new NewApiToken(id, cleaned, prefix, token, now);
	}

	/** The user's tokens, newest first, revoked ones included (with their revocation time). */
	List<ApiToken> list(long userId) {
		return jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at
				FROM api_token WHERE user_id = :user ORDER BY id DESC
				""").param("user", userId).query(TokenService::token).list();
	}

	/** Revokes one of the user's own tokens; someone else's is "not found", as if it did not exist. */
	@Transactional
	void revoke(AccountPrincipal owner, long tokenId) {
		int changed = jdbc.sql("""
				UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL
				""").param("now", utc(clock.instant())).param("id", tokenId).param("user", owner.id()).update();
		if (changed == 0) {
			boolean own = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :id AND user_id = :user")
				.param("id", tokenId)
				.param("user", owner.id())
				.query(Long.class)
				.single() > 0;
			if (!own) {
				throw new NotFoundException("Token", tokenId);
			}
			return; // already revoked
		}
		audit.recordAs(owner.id(), owner.email(), "token.revoke", "token", tokenId, "");
	}

	/** The user a presented token belongs to, when it is a live token of an enabled user. */
	Optional<AccountPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<Found> found = jdbc.sql("""
				SELECT t.id AS token_id, t.last_used_at, u.id, u.email, u.display_name, u.role, u.profile_id
				FROM api_token t JOIN app_user u ON u.id = t.user_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled = TRUE
				""").param("hash", Secrets.sha256(token)).query(TokenService::found).optional();
		found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
			.ifPresent(f -> jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
				.param("now", utc(now))
				.param("id", f.tokenId())
				.update());
		return found.map(Found::principal);
	}

	private record Found(long tokenId, Instant lastUsedAt, AccountPrincipal principal) {
	}

	private static Found found(ResultSet rs, int row) throws SQLException {
		long profile = rs.getLong("profile_id");
		Long profileId = rs.wasNull() ? null : profile;
		return new Found(rs.getLong("token_id"), instant(rs, "last_used_at"), new AccountPrincipal(rs.getLong("id"),
				rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role")), profileId));
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
				instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

}
