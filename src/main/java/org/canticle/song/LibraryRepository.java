package org.canticle.song;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The library page's SQL: songs with their usage, the tags and keys to filter by, and the
 * plans that use a song. It reads the plan tables (a feature may join another's tables to
 * read in one query); plans write them.
 */
@Repository
class LibraryRepository {

	private static final String TAGS = "(SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM song_tag t WHERE t.song_id = s.id) AS tags";

	/**
	 * Each song's use in plans up to today, in one grouped subquery rather than a query
	 * per row.
	 */
	private static final String USAGE = """
			LEFT JOIN (SELECT i.song_id, MAX(p.plan_date) AS last_used, COUNT(*) AS uses
			           FROM plan_item i JOIN plan p ON p.id = i.plan_id
			           WHERE i.song_id IS NOT NULL AND p.plan_date <= :today
			           GROUP BY i.song_id) u ON u.song_id = s.id
			""";

	private final JdbcClient jdbc;

	LibraryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LibrarySong> page(SongFilter filter, LibrarySort sort, LocalDate today, int offset, int limit) {
		return jdbc.sql("""
				SELECT s.id, s.title, s.authors, s.ccli_number, s.song_key, s.tempo, s.time_signature, s.updated_at,
				       s.version, %s, u.last_used, u.uses
				FROM song s
				%s
				WHERE %s
				ORDER BY %s
				LIMIT :limit OFFSET :offset
				""".formatted(TAGS, USAGE, filter.where(), sort.orderBy(filter)))
			.params(filter.params())
			.param("today", today)
			.param("limit", limit)
			.param("offset", offset)
			.query(LibraryRepository::librarySong)
			.list();
	}

	/** The tags of the songs in the library, for the filter. */
	List<String> tags() {
		return jdbc.sql("""
				SELECT DISTINCT t.tag FROM song_tag t JOIN song s ON s.id = t.song_id
				WHERE s.archived_at IS NULL ORDER BY t.tag
				""").query(String.class).list();
	}

	/** The keys of the songs in the library, for the filter. */
	List<String> keys() {
		return jdbc.sql("""
				SELECT DISTINCT s.song_key FROM song s
				WHERE s.archived_at IS NULL AND s.song_key IS NOT NULL ORDER BY s.song_key
				""").query(String.class).list();
	}

	/** The plans that have the song, newest first, at most {@code limit}. */
	List<SongUse> uses(long songId, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.plan_date, p.title, i.song_key
				FROM plan_item i JOIN plan p ON p.id = i.plan_id
				WHERE i.song_id = :song
				ORDER BY p.plan_date DESC, p.id DESC, i.position
				LIMIT :limit
				""")
			.param("song", songId)
			.param("limit", limit)
			.query((rs, n) -> new SongUse(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * Every profile with its preferred key for the song, by name; profiles are a team's
	 * few dozen at most.
	 */
	List<SongProfileKey> profileKeys(long songId, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.name, k.song_key
				FROM profile p LEFT JOIN preferred_key k ON k.profile_id = p.id AND k.song_id = :song
				ORDER BY p.name, p.id
				LIMIT :limit
				""")
			.param("song", songId)
			.param("limit", limit)
			.query((rs, n) -> new SongProfileKey(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static LibrarySong librarySong(ResultSet rs, int rowNum) throws SQLException {
		long ccli = rs.getLong("ccli_number");
		Long ccliNumber = rs.wasNull() ? null : ccli;
		int tempoValue = rs.getInt("tempo");
		Integer tempo = rs.wasNull() ? null : tempoValue;
		SongSummary song = new SongSummary(rs.getLong("id"), rs.getString("title"), rs.getString("authors"), ccliNumber,
				rs.getString("song_key"), tempo, rs.getString("time_signature"), SongRepository.tags(rs),
				SongRepository.instant(rs, "updated_at"), rs.getInt("version"));
		return new LibrarySong(song, rs.getObject("last_used", LocalDate.class), rs.getInt("uses"));
	}

}
