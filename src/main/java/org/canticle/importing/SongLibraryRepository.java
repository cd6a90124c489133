package org.canticle.importing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.canticle.song.Song;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the song table for imports and exports: each one statement, whatever the size
 * of the library.
 */
@Repository
class SongLibraryRepository {

	/**
	 * What duplicate detection compares: a library song's title, authors and CCLI number.
	 */
	record SongKey(long id, String title, String authors, Long ccliNumber) {
	}

	private final JdbcClient jdbc;

	SongLibraryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SongKey> libraryKeys() {
		return jdbc.sql("SELECT id, title, authors, ccli_number FROM song WHERE archived_at IS NULL")
			.query((rs, n) -> new SongKey(rs.getLong("id"), rs.getString("title"), rs.getString("authors"),
					nullableLong(rs, "ccli_number")))
			.list();
	}

	/**
	 * Every song of the library (not the archived ones), with its tags, in title order.
	 */
	List<Song> allSongs() {
		return jdbc.sql("""
				SELECT s.id, s.title, s.authors, s.copyright, s.ccli_number, s.song_key, s.tempo, s.time_signature,
				       s.chordpro, s.created_at, s.updated_at, s.version, s.archived_at,
				       (SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM song_tag t WHERE t.song_id = s.id) AS tags
				FROM song s WHERE s.archived_at IS NULL ORDER BY s.title_search, s.id
				""").query(SongLibraryRepository::song).list();
	}

	private static Song song(ResultSet rs, int rowNum) throws SQLException {
		Array array = rs.getArray("tags");
		List<String> tags = array == null ? List.of()
				: Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
		Integer tempo = rs.getInt("tempo");
		if (rs.wasNull()) {
			tempo = null;
		}
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
		return new Song(rs.getLong("id"), rs.getString("title"), rs.getString("authors"), rs.getString("copyright"),
				nullableLong(rs, "ccli_number"), rs.getString("song_key"), tempo, rs.getString("time_signature"), tags,
				rs.getString("chordpro"), created.toInstant(), updated.toInstant(), rs.getInt("version"),
				rs.getObject("archived_at") != null);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
