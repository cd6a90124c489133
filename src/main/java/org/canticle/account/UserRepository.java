package org.canticle.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The users' SQL. Only {@link #findCredentials} reads the password hash, for the sign-in
 * check.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, email, display_name, role, enabled, profile_id, created_at, updated_at, version";

	/** What a sign-in needs, hash included; never handed to a controller. */
	record Credentials(UserAccount user, String passwordHash) {
	}

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Credentials> findCredentials(String email) {
		return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM app_user WHERE email = :email")
			.param("email", email)
			.query((rs, row) -> new Credentials(user(rs, row), rs.getString("password_hash")))
			.optional();
	}

	Optional<UserAccount> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
			.param("id", id)
			.query(UserRepository::user)
			.optional();
	}

	Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE email = :email")
			.param("email", email)
			.query(UserRepository::user)
			.optional();
	}

	List<UserAccount> list() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY email").query(UserRepository::user).list();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	long insert(String email, String displayName, Role role, String passwordHash, Long profileId, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO app_user (email, display_name, role, password_hash, enabled, profile_id, created_at,
				                      updated_at, version)
				VALUES (:email, :name, :role, :hash, TRUE, :profile, :now, :now, 0)
				""")
			.param("email", email)
			.param("name", displayName)
			.param("role", role.name())
			.param("hash", passwordHash)
			.param("profile", profileId)
			.param("now", utc(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Changes a user if they are still at {@code expectedVersion} (any when null) and the
	 * change leaves at least one enabled admin: the check and the write are one
	 * statement.
	 * @return false when nothing was changed
	 */
	boolean update(long id, Integer expectedVersion, String displayName, Role role, boolean enabled, Long profileId,
			Instant now) {
		return jdbc.sql("""
				UPDATE app_user SET display_name = :name, role = :role, enabled = :enabled, profile_id = :profile,
				       updated_at = :now, version = version + 1
				WHERE id = :id AND (CAST(:expected AS INTEGER) IS NULL OR version = :expected)
				  AND (:keepsAdmin = TRUE
				       OR EXISTS (SELECT 1 FROM app_user o WHERE o.role = 'ADMIN' AND o.enabled = TRUE AND o.id <> :id))
				""")
			.param("id", id)
			.param("expected", expectedVersion)
			.param("name", displayName)
			.param("role", role.name())
			.param("enabled", enabled)
			.param("profile", profileId)
			.param("keepsAdmin", role == Role.ADMIN && enabled)
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Disables a user unless they are the last enabled admin. @return false when nothing
	 * was changed
	 */
	boolean disable(long id, Instant now) {
		return jdbc.sql("""
				UPDATE app_user SET enabled = FALSE, updated_at = :now, version = version + 1
				WHERE id = :id AND enabled = TRUE
				  AND (role <> 'ADMIN'
				       OR EXISTS (SELECT 1 FROM app_user o WHERE o.role = 'ADMIN' AND o.enabled = TRUE AND o.id <> :id))
				""").param("id", id).param("now", utc(now)).update() == 1;
	}

	void updatePassword(long id, String passwordHash, Instant now) {
		jdbc.sql("""
				UPDATE app_user SET password_hash = :hash, updated_at = :now, version = version + 1 WHERE id = :id
				""").param("id", id).param("hash", passwordHash).param("now", utc(now)).update();
	}

	boolean profileExists(long profileId) {
		return jdbc.sql("SELECT COUNT(*) FROM profile WHERE id = :id")
			.param("id", profileId)
			.query(Long.class)
			.single() > 0;
	}

	static UserAccount user(ResultSet rs, int row) throws SQLException {
		long profile = rs.getLong("profile_id");
		Long profileId = rs.wasNull() ? null : profile;
		return new UserAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), profileId, instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
