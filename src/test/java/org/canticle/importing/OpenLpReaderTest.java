package org.canticle.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLpReaderTest {

	@TempDir
	Path folder;

	/**
	 * A songs.sqlite as OpenLP 2.4/3.x makes it (openlp/plugins/songs/lib/db.py), with
	 * two songs.
	 */
	static byte[] openLpDatabase(Path folder) throws Exception {
		return openLpDatabase(folder, "", 29206);
	}

	static byte[] openLpDatabase(Path folder, String suffix, long ccli) throws Exception {
		Path file = folder.resolve("songs.sqlite");
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement sql = connection.createStatement()) {
			sql.execute(
					"CREATE TABLE authors (id INTEGER PRIMARY KEY, first_name VARCHAR(128), last_name VARCHAR(128), display_name VARCHAR(255) NOT NULL)");
			sql.execute(
					"CREATE TABLE song_books (id INTEGER PRIMARY KEY, name VARCHAR(128) NOT NULL, publisher VARCHAR(128))");
			sql.execute(
					"""
							CREATE TABLE songs (id INTEGER PRIMARY KEY, title VARCHAR(255) NOT NULL, alternate_title VARCHAR(255),
							lyrics TEXT NOT NULL, verse_order VARCHAR(128), copyright VARCHAR(255), comments TEXT,
							ccli_number VARCHAR(64), theme_name VARCHAR(128), search_title VARCHAR(255) NOT NULL,
							search_lyrics TEXT NOT NULL, create_date DATETIME, last_modified DATETIME, temporary BOOLEAN)""");
			sql.execute("CREATE TABLE topics (id INTEGER PRIMARY KEY, name VARCHAR(128) NOT NULL)");
			sql.execute(
					"CREATE TABLE authors_songs (author_id INTEGER NOT NULL, song_id INTEGER NOT NULL, author_type VARCHAR(255) NOT NULL DEFAULT '', PRIMARY KEY (author_id, song_id, author_type))");
			sql.execute(
					"CREATE TABLE songs_songbooks (songbook_id INTEGER, song_id INTEGER, entry VARCHAR(255) NOT NULL, PRIMARY KEY (songbook_id, song_id, entry))");
			sql.execute(
					"CREATE TABLE songs_topics (song_id INTEGER NOT NULL, topic_id INTEGER NOT NULL, PRIMARY KEY (song_id, topic_id))");
			sql.execute(
					"INSERT INTO authors VALUES (1, 'Isaac', 'Watts', 'Isaac Watts'), (2, 'Lowell', 'Mason', 'Lowell Mason')");
			sql.execute("INSERT INTO song_books VALUES (1, 'Hymns Ancient and Modern', NULL)");
			sql.execute("INSERT INTO topics VALUES (1, 'Christmas'), (2, 'Joy')");
			sql.execute(
					"""
							INSERT INTO songs VALUES (1, 'Joy to the World%s', NULL,
							'<?xml version=''1.0'' encoding=''UTF-8''?><song version="1.0"><lyrics><verse label="1" type="v"><![CDATA[[D]Joy to the world, the [A]Lord is [D]come
							Let earth re{r}ceive{/r} her King]]></verse><verse label="1" type="c"><![CDATA[And heaven and nature sing]]></verse><verse label="2" type="v"><![CDATA[Joy to the earth, the Saviour reigns]]></verse></lyrics></song>',
							'v1 c1 v2 c1', 'Public Domain', 'Sing it loud', '%d', NULL, 'joy to the world', 'joy', NULL, NULL, 0)"""
						.formatted(suffix, ccli));
			sql.execute(
					"INSERT INTO songs VALUES (3, 'Second%s', NULL, '<song version=\"1.0\"><lyrics><verse label=\"1\" type=\"v\"><![CDATA[[G]Second song]]></verse></lyrics></song>', 'v1', '', NULL, '', NULL, 'second', 'second', NULL, NULL, 0)"
						.formatted(suffix));
			sql.execute(
					"""
							INSERT INTO songs VALUES (2, 'Scratch', NULL, '<song version="1.0"><lyrics><verse label="1" type="v"><![CDATA[temp]]></verse></lyrics></song>',
							'', '', NULL, '', NULL, 'scratch', 'temp', NULL, NULL, 1)""");
			sql.execute("INSERT INTO authors_songs VALUES (1, 1, 'words'), (2, 1, 'music')");
			sql.execute("INSERT INTO songs_songbooks VALUES (1, 1, '61')");
			sql.execute("INSERT INTO songs_topics VALUES (1, 1), (1, 2)");
		}
		return Files.readAllBytes(file);
	}

	@Test
	void readsEverySongOfAnOpenLpDatabaseWithAuthorsTopicsBooksAndChords() throws Exception {
		List<SongDraft> drafts = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		SongFiles.parse("songs.sqlite", openLpDatabase(folder), SongFilesTest.LIMITS, drafts::add, refusals::add);

		assertThat(refusals).isEmpty();
		assertThat(drafts).extracting(SongDraft::title).containsExactly("Joy to the World", "Second");
		assertThat(drafts.get(0)).satisfies(song -> {
			assertThat(song.title()).isEqualTo("Joy to the World");
			assertThat(song.authors()).isEqualTo("Isaac Watts, Lowell Mason");
			assertThat(song.ccliNumber()).isEqualTo(29206L);
			assertThat(song.copyright()).isEqualTo("Public Domain");
			assertThat(song.tags()).containsExactly("christmas", "joy");
			assertThat(song.chordpro()).contains("{lyricist: Isaac Watts}", "{composer: Lowell Mason}",
					"{meta: songbook Hymns Ancient and Modern #61}",
					"{start_of_verse: Verse 1}\n[D]Joy to the world, the [A]Lord is [D]come\nLet earth receive her King",
					"{start_of_chorus: Chorus 1}", "{chorus: Chorus 1}", "# Sing it loud");
			assertThat(song.chordpro().indexOf("Verse 2")).isLessThan(song.chordpro().indexOf("{chorus: Chorus 1}"));
		});
	}

	@Test
	void anSqliteFileThatIsNotOpenLpIsRefused() throws Exception {
		Path file = folder.resolve("other.sqlite");
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE things (id INTEGER)");
		}
		List<Refusal> refusals = new ArrayList<>();
		SongFiles.parse("other.sqlite", Files.readAllBytes(file), SongFilesTest.LIMITS, d -> {
		}, refusals::add);
		assertThat(refusals).singleElement().extracting(Refusal::reason).asString().contains("not an OpenLP");
	}

}
