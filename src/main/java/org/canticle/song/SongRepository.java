package org.canticle.song;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The songs' SQL. Tags come back in the same statement as their song, through an
 * aggregate subquery.
 */
@Repository
class SongRepository {

	private static final String TAGS = "(SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM song_tag t WHERE t.song_id = s.id) AS tags";

	private final JdbcClient jdbc;

	SongRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Song> find(long id) {
		return jdbc.sql("""
				SELECT s.id, s.title, s.authors, s.copyright, s.ccli_number, s.song_key, s.tempo, s.time_signature,
				       s.chordpro, s.created_at, s.updated_at, s.version, s.archived_at, %s
				FROM song s WHERE s.id = :id
				""".formatted(TAGS)).param("id", id).query(SongRepository::song).optional();
	}

	Optional<Integer> findVersion(long id) {
		return jdbc.sql("SELECT version FROM song WHERE id = :id").param("id", id).query(Integer.class).optional();
	}

	boolean anyEver() {
		return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM song FETCH FIRST 1 ROWS ONLY) s")
			.query(Long.class)
			.single() > 0;
	}

	long count(SongFilter filter) {
		return jdbc.sql("SELECT COUNT(*) FROM song s WHERE " + filter.where())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	List<SongSummary> page(SongFilter filter, int offset, int limit) {
		return jdbc.sql("""
				SELECT s.id, s.title, s.authors, s.ccli_number, s.song_key, s.tempo, s.time_signature, s.updated_at,
				       s.version, %s
				FROM song s
				WHERE %s
				ORDER BY %s
				LIMIT :limit OFFSET :offset
				""".formatted(TAGS, filter.where(), filter.orderBy()))
			.params(filter.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(SongRepository::summary)
			.list();
	}

	/**
	 * @param actor the user creating it (created_by, updated_by), null for the system
	 */
	long insert(SongRow row, Instant now, Long actor) {
		KeyHolder key = new GeneratedKeyHolder();
		Map<String, Object> params = rowParams(row, now);
		params.put("actor", actor);
		jdbc.sql("""
				INSERT INTO song (title, authors, copyright, ccli_number, song_key, tempo, time_signature, chordpro,
				                  search_text, title_search, created_at, updated_at, version, created_by, updated_by)
				VALUES (:title, :authors, :copyright, :ccli, :key, :tempo, :time, :chordpro, :search, :titleSearch,
				        :now, :now, 0, :actor, :actor)
				""").params(params).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Replaces the song if it is still at {@code expectedVersion} (any version when
	 * null); false when it is not.
	 * @param actor the user changing it (updated_by), null for the system
	 */
	boolean update(long id, Integer expectedVersion, SongRow row, Instant now, Long actor) {
		Map<String, Object> params = rowParams(row, now);
		params.put("id", id);
		params.put("expected", expectedVersion);
		params.put("actor", actor);
		return jdbc.sql("""
				UPDATE song SET title = :title, authors = :authors, copyright = :copyright, ccli_number = :ccli,
				       song_key = :key, tempo = :tempo, time_signature = :time, chordpro = :chordpro,
				       search_text = :search, title_search = :titleSearch, updated_at = :now, version = version + 1,
				       updated_by = :actor
				WHERE id = :id AND archived_at IS NULL AND (CAST(:expected AS INTEGER) IS NULL OR version = :expected)
				""").params(params).update() == 1;
	}

	void replaceTags(long id, List<String> tags) {
		jdbc.sql("DELETE FROM song_tag WHERE song_id = :id").param("id", id).update();
		if (tags.isEmpty()) {
			return;
		}
		// one multi-row INSERT: a round trip whatever the number of tags
		StringBuilder values = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		for (int i = 0; i < tags.size(); i++) {
			values.append(i == 0 ? "" : ", ").append("(:id, :tag").append(i).append(')');
			params.put("tag" + i, tags.get(i));
		}
		jdbc.sql("INSERT INTO song_tag (song_id, tag) VALUES " + values).params(params).update();
	}

	/**
	 * Removes a song no plan uses; archives one that a plan uses, so the plan keeps it.
	 * @return false when there is no such song in the library
	 */
	boolean deleteOrArchive(long id, Instant now) {
		int archived = jdbc.sql("""
				UPDATE song SET archived_at = :now, updated_at = :now, version = version + 1
				WHERE id = :id AND archived_at IS NULL AND EXISTS (SELECT 1 FROM plan_item i WHERE i.song_id = :id)
				""").param("id", id).param("now", utc(now)).update();
		int deleted = jdbc.sql("""
				DELETE FROM song
				WHERE id = :id AND archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM plan_item i WHERE i.song_id = :id)
				""").param("id", id).update();
		return archived + deleted > 0;
	}

	private static Map<String, Object> rowParams(SongRow row, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", row.title());
		params.put("authors", row.authors());
		params.put("copyright", row.copyright());
		params.put("ccli", row.ccliNumber());
		params.put("key", row.key());
		params.put("tempo", row.tempo());
		params.put("time", row.timeSignature());
		params.put("chordpro", row.chordpro());
		params.put("search", row.searchText());
		params.put("titleSearch", row.titleSearch());
		params.put("now", utc(now));
		return params;
	}

	private static Song song(ResultSet rs, int rowNum) throws SQLException {
		return new Song(rs.getLong("id"), rs.getString("title"), rs.getString("authors"), rs.getString("copyright"),
				nullableLong(rs, "ccli_number"), rs.getString("song_key"), nullableInt(rs, "tempo"),
				rs.getString("time_signature"), tags(rs), rs.getString("chordpro"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getInt("version"), rs.getObject("archived_at") != null);
	}

	private static SongSummary summary(ResultSet rs, int rowNum) throws SQLException {
		return new SongSummary(rs.getLong("id"), rs.getString("title"), rs.getString("authors"),
				nullableLong(rs, "ccli_number"), rs.getString("song_key"), nullableInt(rs, "tempo"),
				rs.getString("time_signature"), tags(rs), instant(rs, "updated_at"), rs.getInt("version"));
	}

	static List<String> tags(ResultSet rs) throws SQLException {
		Array array = rs.getArray("tags");
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(String::valueOf).toList();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
