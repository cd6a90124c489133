package org.canticle.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The profiles' SQL, and their preferred keys'. */
@Repository
class ProfileRepository {

	private static final String COLUMNS = "p.id, p.name, p.email, p.instruments, p.notes, p.created_at, p.updated_at, p.version";

	private final JdbcClient jdbc;

	ProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ProfileSummary> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM profile p WHERE p.id = :id")
			.param("id", id)
			.query(ProfileRepository::summary)
			.optional();
	}

	Optional<Integer> findVersion(long id) {
		return jdbc.sql("SELECT version FROM profile WHERE id = :id").param("id", id).query(Integer.class).optional();
	}

	List<PreferredKey> preferredKeys(long profileId) {
		return jdbc.sql("""
				SELECT k.song_id, s.title, k.song_key, s.archived_at
				FROM preferred_key k JOIN song s ON s.id = k.song_id
				WHERE k.profile_id = :id
				ORDER BY s.title_search, s.id
				""")
			.param("id", profileId)
			.query((rs, n) -> new PreferredKey(rs.getLong("song_id"), rs.getString("title"), rs.getString("song_key"),
					rs.getObject("archived_at") != null))
			.list();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM profile").query(Long.class).single();
	}

	List<ProfileSummary> page(int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM profile p ORDER BY p.name, p.id LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(ProfileRepository::summary)
			.list();
	}

	long insert(ProfileRow row, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO profile (name, email, instruments, notes, created_at, updated_at, version)
				VALUES (:name, :email, :instruments, :notes, :now, :now, 0)
				""").params(rowParams(row, now)).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Replaces the profile if it is still at {@code expectedVersion} (any version when
	 * null); false when it is not.
	 */
	boolean update(long id, Integer expectedVersion, ProfileRow row, Instant now) {
		Map<String, Object> params = rowParams(row, now);
		params.put("id", id);
		params.put("expected", expectedVersion);
		return jdbc.sql("""
				UPDATE profile SET name = :name, email = :email, instruments = :instruments, notes = :notes,
				       updated_at = :now, version = version + 1
				WHERE id = :id AND (CAST(:expected AS INTEGER) IS NULL OR version = :expected)
				""").params(params).update() == 1;
	}

	/**
	 * Bumps the profile's version: its preferred keys are part of it, so its ETag (and
	 * that of the plans it leads) must change with them. The row lock it takes also
	 * serialises concurrent key changes of one profile.
	 * @return false when there is no such profile
	 */
	boolean touch(long id, Instant now) {
		return jdbc.sql("UPDATE profile SET version = version + 1, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("now", utc(now))
			.update() == 1;
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM profile WHERE id = :id").param("id", id).update() == 1;
	}

	/** The song's title and whether it is archived; empty when there is no such song. */
	Optional<SongRef> song(long songId) {
		return jdbc.sql("SELECT id, title, archived_at FROM song WHERE id = :id")
			.param("id", songId)
			.query((rs, n) -> new SongRef(rs.getLong("id"), rs.getString("title"), rs.getObject("archived_at") != null))
			.optional();
	}

	/**
	 * Sets a preferred key: delete then insert, two statements whether or not one was
	 * there.
	 */
	void putPreferredKey(long profileId, long songId, String key, Instant now) {
		deletePreferredKey(profileId, songId);
		jdbc.sql("""
				INSERT INTO preferred_key (profile_id, song_id, song_key, updated_at)
				VALUES (:profile, :song, :key, :now)
				""")
			.param("profile", profileId)
			.param("song", songId)
			.param("key", key)
			.param("now", utc(now))
			.update();
	}

	int deletePreferredKey(long profileId, long songId) {
		return jdbc.sql("DELETE FROM preferred_key WHERE profile_id = :profile AND song_id = :song")
			.param("profile", profileId)
			.param("song", songId)
			.update();
	}

	record SongRef(long id, String title, boolean archived) {
	}

	private static Map<String, Object> rowParams(ProfileRow row, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", row.name());
		params.put("email", row.email());
		params.put("instruments", String.join(",", row.instruments()));
		params.put("notes", row.notes());
		params.put("now", utc(now));
		return params;
	}

	private static ProfileSummary summary(ResultSet rs, int rowNum) throws SQLException {
		String instruments = rs.getString("instruments");
		return new ProfileSummary(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
				instruments == null || instruments.isEmpty() ? List.of() : Arrays.asList(instruments.split(",")),
				rs.getString("notes"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
