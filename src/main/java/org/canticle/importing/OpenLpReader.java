package org.canticle.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.w3c.dom.Element;

/**
 * OpenLP 2.x/3.x's song database (songs.sqlite): songs with their authors (typed
 * words/music/translation), topics (→ tags), song books and entries, CCLI number,
 * copyright and the lyrics XML
 * ({@code <song version="1.0"><lyrics><verse type="v" label="1"><![CDATA[…]]></verse>…})
 * with chords as [G]. The upload is written to a temporary file (SQLite reads files
 * only), opened read-only and deleted afterwards. Five queries, whatever the number of
 * songs.
 */
final class OpenLpReader {

	static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	private OpenLpReader() {
	}

	static boolean isSqlite(byte[] content) {
		if (content.length < SQLITE_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < SQLITE_MAGIC.length; i++) {
			if (content[i] != SQLITE_MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	private record Author(String name, String type) {
	}

	/**
	 * Every song of the database, each as a draft or a refusal (by its id and title),
	 * through {@code sink}.
	 */
	static void read(String source, byte[] content, Consumer<SongDraft> drafts, Consumer<Refusal> refusals) {
		Path file = null;
		try {
			file = Files.createTempFile("canticle-openlp-", ".sqlite");
			Files.write(file, content);
			Properties properties = new Properties();
			properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
			try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, properties);
					Statement statement = connection.createStatement()) {
				if (!hasTable(statement, "songs")) {
					throw new ImportRefusedException(
							"an SQLite database without a songs table: not an OpenLP song database");
				}
				Map<Long, List<Author>> authors = new HashMap<>();
				try (ResultSet rs = statement.executeQuery("""
						SELECT s.song_id, a.display_name, a.first_name, a.last_name, s.author_type
						FROM authors_songs s JOIN authors a ON a.id = s.author_id
						ORDER BY s.song_id, a.id""")) {
					while (rs.next()) {
						String name = rs.getString("display_name");
						if (name == null || name.isBlank()) {
							name = (nullToEmpty(rs.getString("first_name")) + " "
									+ nullToEmpty(rs.getString("last_name")))
								.strip();
						}
						authors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
							.add(new Author(name, nullToEmpty(rs.getString("author_type"))));
					}
				}
				Map<Long, List<String>> topics = new HashMap<>();
				try (ResultSet rs = statement.executeQuery("""
						SELECT st.song_id, t.name FROM songs_topics st JOIN topics t ON t.id = st.topic_id
						ORDER BY st.song_id, t.name""")) {
					while (rs.next()) {
						topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
					}
				}
				Map<Long, List<String>> books = new HashMap<>();
				if (hasTable(statement, "songs_songbooks")) {
					try (ResultSet rs = statement.executeQuery(
							"""
									SELECT sb.song_id, b.name, sb.entry FROM songs_songbooks sb JOIN song_books b ON b.id = sb.songbook_id
									ORDER BY sb.song_id, b.name""")) {
						while (rs.next()) {
							String entry = nullToEmpty(rs.getString(3)).strip();
							books.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
								.add(rs.getString(2) + (entry.isEmpty() ? "" : " #" + entry));
						}
					}
				}
				String temporary = hasColumn(statement, "songs", "temporary")
						? " WHERE temporary IS NULL OR temporary = 0" : "";
				try (ResultSet rs = statement.executeQuery("""
						SELECT id, title, alternate_title, lyrics, verse_order, copyright, ccli_number, comments
						FROM songs""" + temporary + " ORDER BY id")) {
					while (rs.next()) {
						long id = rs.getLong("id");
						String title = nullToEmpty(rs.getString("title")).strip();
						String entry = source + " (song " + id + (title.isEmpty() ? "" : ", " + title) + ")";
						try {
							drafts.accept(song(entry, title, rs, authors.getOrDefault(id, List.of()),
									topics.getOrDefault(id, List.of()), books.getOrDefault(id, List.of())));
						}
						catch (ImportRefusedException ex) {
							refusals.accept(new Refusal(entry, ex.line(), ex.getMessage()));
						}
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new ImportRefusedException("not a readable SQLite database: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ImportRefusedException("could not read the database: " + ex.getMessage());
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	private static SongDraft song(String source, String title, ResultSet rs, List<Author> authors, List<String> topics,
			List<String> books) throws SQLException {
		List<String> warnings = new ArrayList<>();
		if (title.isEmpty()) {
			throw new ImportRefusedException("song without a title");
		}
		ChartText chart = new ChartText().directive("title", title);
		List<String> names = new ArrayList<>();
		for (Author author : authors) {
			names.add(author.name());
			String type = author.type();
			if (type.contains("words")) {
				chart.directive("lyricist", author.name());
			}
			if (type.contains("music")) {
				chart.directive("composer", author.name());
			}
			if (type.equals("translation")) {
				chart.directive("meta", "translator " + author.name());
			}
		}
		for (String book : books) {
			chart.directive("meta", "songbook " + book);
		}
		String lyrics = nullToEmpty(rs.getString("lyrics")).strip();
		List<String> order = List.of(nullToEmpty(rs.getString("verse_order")).toLowerCase().strip().split("\\s+"));
		if (lyrics.startsWith("<")) {
			Element root = SecureXml.parse(lyrics.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
			Element lyricsElement = "lyrics".equals(OpenLyricsReader.local(root)) ? root
					: OpenLyricsReader.child(root, "lyrics");
			if (lyricsElement == null) {
				throw new ImportRefusedException("lyrics XML without <lyrics>");
			}
			OpenLyricsReader.appendVerses(chart, OpenLyricsReader.readVerses(lyricsElement),
					order.size() == 1 && order.get(0).isEmpty() ? List.of() : order, warnings);
		}
		else {
			chart.line("").lines(OpenLyricsReader.openLpLines(lyrics));
		}
		String comments = nullToEmpty(rs.getString("comments")).strip();
		if (!comments.isEmpty()) {
			chart.line("");
			comments.lines().forEach(line -> chart.line("# " + line));
		}
		return new SongDraft(source, title, Metadata.joinAuthors(names), nullToEmpty(rs.getString("copyright")),
				Metadata.ccli(rs.getString("ccli_number")), null, null, null, Metadata.tags(topics, warnings),
				chart.text(), warnings);
	}

	private static boolean hasTable(Statement statement, String table) throws SQLException {
		try (ResultSet rs = statement
			.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
			return rs.next() && rs.getInt(1) > 0;
		}
	}

	private static boolean hasColumn(Statement statement, String table, String column) throws SQLException {
		try (ResultSet rs = statement
			.executeQuery("SELECT COUNT(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'")) {
			return rs.next() && rs.getInt(1) > 0;
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
