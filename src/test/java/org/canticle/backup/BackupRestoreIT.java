package org.canticle.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;

import org.canticle.importing.SafeZip;
import org.canticle.support.IntegrationTest;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class BackupRestoreIT {

	/** The default limits of canticle.import. */
	static final SafeZip.Limits LIMITS = new SafeZip.Limits(5000, 200L * 1024 * 1024, 100);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	byte[] backup() {
		return backup(false);
	}

	byte[] backup(boolean secrets) {
		MvcTestResult result = mvc.get().uri("/api/admin/backup?secrets=" + secrets).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("canticle-backup-");
		return result.getResponse().getContentAsByteArray();
	}

	static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	/**
	 * Some of everything: a song with tags, an archived song a plan keeps, a profile with
	 * a key, a plan with items.
	 */
	void someOfEverything() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		MvcTestResult song = mvc.post()
			.uri("/api/songs")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Backed up " + suffix
					+ "\",\"key\":\"G\",\"tags\":[\"b\",\"a\"],\"chordpro\":\"[G]ünïcödé ♭\"}")
			.with(request -> {
				request.setRemoteUser("admin");
				return request;
			})
			.exchange();
		assertThat(song).hasStatus(HttpStatus.CREATED);
		long songId = Long.parseLong(song.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll("\\D", ""));
		jdbc.update(
				"INSERT INTO profile (name, email, instruments, notes, created_at, updated_at) VALUES (?, ?, 'guitar', '', ?, ?)",
				"Singer " + suffix, suffix + "@example.org", now, now);
		Long profileId = jdbc.queryForObject("SELECT id FROM profile WHERE email = ?", Long.class,
				suffix + "@example.org");
		jdbc.update("INSERT INTO preferred_key (profile_id, song_id, song_key, updated_at) VALUES (?, ?, 'A', ?)",
				profileId, songId, now);
		jdbc.update(
				"INSERT INTO plan (plan_date, title, leader_id, notes, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?)",
				java.time.LocalDate.of(2026, 1, 4), "Plan " + suffix, profileId, now, now);
		Long planId = jdbc.queryForObject("SELECT id FROM plan WHERE title = ?", Long.class, "Plan " + suffix);
		jdbc.update(
				"INSERT INTO plan_item (plan_id, position, item_type, song_id, song_key, capo) VALUES (?, 0, 'SONG', ?, 'Bb', 3)",
				planId, songId);
		jdbc.update("INSERT INTO plan_item (plan_id, position, item_type, title) VALUES (?, 1, 'HEADER', 'Offering')",
				planId);
		assertThat(mvc.delete().uri("/api/songs/{id}", songId).exchange()).hasStatus(HttpStatus.NO_CONTENT); // archived
	}

	@Test
	@SuppressWarnings("unchecked")
	void aBackupRestoredIntoAnEmptyDatabaseLosesNothing() throws Exception {
		someOfEverything();
		byte[] archive = backup(true);
		Map<String, byte[]> original = entries(archive);
		Map<String, Object> manifest = json.readValue(original.get("manifest.json"), Map.class);
		assertThat(manifest).containsEntry("format", "canticle-backup")
			.containsEntry("version", 1)
			.containsKey("createdAt");
		assertThat((Map<String, Object>) manifest.get("counts")).containsKeys("song", "song_tag", "profile",
				"preferred_key", "plan", "plan_item");
		assertThat(original).containsKeys("tables/song.json", "tables/plan_item.json");

		DataSource empty = emptyDatabase();
		BackupArchive target = new BackupArchive(new BackupRepository(new JdbcTemplate(empty)), json,
				Clock.systemUTC());
		new TransactionTemplate(new DataSourceTransactionManager(empty))
			.execute(status -> target.restore(archive, LIMITS));

		java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
		target.write(again, true);
		Map<String, byte[]> restored = entries(again.toByteArray());
		for (String table : original.keySet()) {
			if (!table.equals("manifest.json")) {
				assertThat(new String(restored.get(table), "UTF-8")).as(table)
					.isEqualTo(new String(original.get(table), "UTF-8"));
			}
		}
		JdbcTemplate restoredJdbc = new JdbcTemplate(empty);
		Long maxId = restoredJdbc.queryForObject("SELECT MAX(id) FROM song", Long.class);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		restoredJdbc.update(
				"INSERT INTO song (title, chordpro, search_text, title_search, created_at, updated_at) VALUES ('New', '', '', 'new', ?, ?)",
				now, now);
		assertThat(restoredJdbc.queryForObject("SELECT id FROM song WHERE title = 'New'", Long.class))
			.isGreaterThan(maxId);
		dropIfPostgres(empty);
	}

	static void dropIfPostgres(DataSource dataSource) throws Exception {
		if (!TestDatabase.isPostgres()) {
			return;
		}
		String url = ((DriverManagerDataSource) dataSource).getUrl();
		String name = url.substring(url.lastIndexOf('/') + 1);
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		Properties props = new Properties();
		props.setProperty("user", System.getProperty("spring.datasource.username", "postgres"));
		props.setProperty("password", System.getProperty("spring.datasource.password", ""));
		try (Connection connection = DriverManager.getConnection(server + "postgres", props);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void withoutPasswordHashesUsersAreLeftOutAndReferencesToThemCleared() throws Exception {
		someOfEverything();
		byte[] archive = backup(false);
		assertThat(new String(entries(archive).get("tables/app_user.json"), "UTF-8")).doesNotContain("password_hash");
		DataSource empty = emptyDatabase();
		BackupArchive target = new BackupArchive(new BackupRepository(new JdbcTemplate(empty)), json,
				Clock.systemUTC());
		new TransactionTemplate(new DataSourceTransactionManager(empty))
			.execute(status -> target.restore(archive, LIMITS));
		JdbcTemplate restored = new JdbcTemplate(empty);
		assertThat(restored.queryForObject("SELECT COUNT(*) FROM app_user", Long.class)).isZero();
		assertThat(restored.queryForObject("SELECT COUNT(*) FROM song WHERE created_by IS NOT NULL", Long.class))
			.isZero();
		assertThat(restored.queryForObject("SELECT COUNT(*) FROM song", Long.class))
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM song", Long.class));
		dropIfPostgres(empty);
	}

	@Test
	void restoringIntoADatabaseWithDataIsAConflictAndChangesNothing() {
		someOfEverything();
		byte[] archive = backup();
		Long songs = jdbc.queryForObject("SELECT COUNT(*) FROM song", Long.class);
		MvcTestResult result = mvc.post()
			.multipart()
			.uri("/api/admin/restore")
			.file(new MockMultipartFile("file", "backup.zip", "application/zip", archive))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM song", Long.class)).isEqualTo(songs);
	}

	@Test
	void aFileThatIsNotABackupIsABadRequest() throws IOException {
		MvcTestResult result = mvc.post()
			.multipart()
			.uri("/api/admin/restore")
			.file(new MockMultipartFile("file", "songs.zip", "application/zip", zip("a.cho", "[G]a")))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@WithMockUser(roles = "LEADER")
	void leadersCanNeitherBackUpNorRestore() {
		assertThat(mvc.get().uri("/api/admin/backup").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.multipart()
			.uri("/api/admin/restore")
			.file(new MockMultipartFile("file", "b.zip", "application/zip", new byte[] { 1 }))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	/** A fresh, migrated database of the same kind as the one the tests run on. */
	static DataSource emptyDatabase() throws Exception {
		String name = "canticle_restore_" + UUID.randomUUID().toString().substring(0, 8);
		DriverManagerDataSource dataSource;
		if (TestDatabase.isPostgres()) {
			String server = System.getProperty("canticle.it.pg-server", "jdbc:postgresql://127.0.0.1:5432/");
			String user = System.getProperty("spring.datasource.username", "postgres");
			String password = System.getProperty("spring.datasource.password", "");
			Properties props = new Properties();
			props.setProperty("user", user);
			props.setProperty("password", password);
			try (Connection connection = DriverManager.getConnection(server + "postgres", props);
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			dataSource = new DriverManagerDataSource(server + name, user, password);
		}
		else {
			// one connection throughout: H2 evaluates an in-memory database's check
			// constraints in the session that
			// created them, and fails ("check constraint invalid") once that session is
			// closed
			SingleConnectionDataSource single = new SingleConnectionDataSource(
					"jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"sa", "", true);
			Flyway.configure().dataSource(single).locations("classpath:db/migration/common").load().migrate();
			return single;
		}
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
		return dataSource;
	}

	static byte[] zip(String... namesAndContents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
