package org.canticle.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.canticle.account.UserRepository.instant;
import static org.canticle.account.UserRepository.utc;

/**
 * The API tokens' SQL. Tokens are found by the hash of the token (unique, so indexed),
 * never by the token.
 */
@Repository
class TokenRepository {

	/** A live token of an enabled user, as a request presents it. */
	record Found(long tokenId, Instant lastUsedAt, AccountPrincipal principal) {
	}

	private final JdbcClient jdbc;

	TokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long countActive(long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = :user AND revoked_at IS NULL")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	long insert(long userId, String name, String hash, String prefix, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, token_prefix, created_at)
				VALUES (:user, :name, :hash, :prefix, :now)
				""")
			.param("user", userId)
			.param("name", name)
			.param("hash", hash)
			.param("prefix", prefix)
			.param("now", utc(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** The user's tokens, newest first, revoked ones included. */
	List<ApiToken> list(long userId) {
		return jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at
				FROM api_token WHERE user_id = :user ORDER BY id DESC
				""").param("user", userId).query(TokenRepository::token).list();
	}

	/**
	 * @return false when the user has no such live token
	 */
	boolean revoke(long userId, long tokenId, Instant now) {
		return jdbc.sql("""
				UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL
				""").param("now", utc(now)).param("id", tokenId).param("user", userId).update() == 1;
	}

	boolean exists(long userId, long tokenId) {
		return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :id AND user_id = :user")
			.param("id", tokenId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * One indexed query: the token's user, when the token is live and the user enabled.
	 */
	Optional<Found> findLive(String hash) {
		return jdbc.sql("""
				SELECT t.id AS token_id, t.last_used_at, u.id, u.email, u.display_name, u.role, u.profile_id
				FROM api_token t JOIN app_user u ON u.id = t.user_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled = TRUE
				""").param("hash", hash).query(TokenRepository::found).optional();
	}

	void markUsed(long tokenId, Instant now) {
		jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
			.param("now", utc(now))
			.param("id", tokenId)
			.update();
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
