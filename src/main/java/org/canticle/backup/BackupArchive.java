package org.canticle.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.canticle.importing.ImportRefusedException;
import org.canticle.importing.SafeZip;
import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;

/**
 * The backup archive: a zip with {@code manifest.json} ({format, version, createdAt,
 * counts, tables}) and one {@code tables/
 *
<table>
 * .json} per table, an array of rows. Restoring needs an empty instance and writes every
 * row with its id, then moves the identity sequences past the largest ids.
 * <p>
 * Extension point: a table another feature adds goes in {@link #TABLES} (in foreign-key
 * order); a column that must not leave the server unless asked (a password hash) goes in
 * {@link #SECRET_COLUMNS}.
 * <p>
 * Users ({@code app_user}) are restored only when the backup carries their password
 * hashes ({@code ?secrets=true}) and the instance has no users yet; otherwise they are
 * left out, and the songs', plans' and audit entries' references to them become null (the
 * restoring admin's own account stays). API tokens and share links are credentials: never
 * backed up; users make new ones.
 */
class BackupArchive {

	static final String FORMAT = "canticle-backup";

	static final int VERSION = 1;

	/** Table, ORDER BY, and whether it has an identity id: parents before children. */
	record Table(String name, String orderBy, boolean identity) {
	}

	static final List<Table> TABLES = List.of(new Table("profile", "id", true), new Table("app_user", "id", true),
			new Table("song", "id", true), new Table("song_tag", "song_id, tag", false),
			new Table("preferred_key", "profile_id, song_id", false), new Table("plan", "id", true),
			new Table("plan_item", "id", true), new Table("calendar_feed", "id", false),
			new Table("audit_log", "id", true), new Table("team", "id", true), new Table("team_position", "id", true),
			new Table("profile_position", "profile_id, position_id", false), new Table("plan_time", "id", true),
			new Table("plan_need", "plan_id, position_id", false), new Table("assignment", "id", true),
			new Table("blockout", "id", true), new Table("plan_template", "id", true),
			new Table("template_item", "template_id, position", false),
			new Table("template_time", "template_id, position", false),
			new Table("template_need", "template_id, position_id", false));

	static final String USERS = "app_user";

	/**
	 * Tables whose rows make an instance "not empty": users and the audit log do not (the
	 * restoring admin has both).
	 */
	static final List<String> CONTENT = List.of("profile", "song", "song_tag", "preferred_key", "plan", "plan_item");

	/** Columns left out unless the admin asks for secrets: table → columns. */
	static final Map<String, List<String>> SECRET_COLUMNS = Map.of(USERS, List.of("password_hash"));

	/** Columns that point at a user: nulled when the users are not restored. */
	static final Map<String, List<String>> USER_REFERENCES = Map.of("song", List.of("created_by", "updated_by"), "plan",
			List.of("created_by", "updated_by"), "audit_log", List.of("actor_id"), "assignment", List.of("created_by"));

	record Manifest(String format, int version, Instant createdAt, Map<String, Integer> counts, boolean withSecrets) {
	}

	private final BackupRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	BackupArchive(BackupRepository repository, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.json = json;
		this.clock = clock;
	}

	List<Table> tables() {
		// tables of features this build may not have (accounts) are skipped
		return TABLES.stream()
			.filter(table -> CONTENT.contains(table.name()) || repository.tableExists(table.name()))
			.toList();
	}

	/** Reads every table (one statement each) and writes the archive. */
	Manifest write(OutputStream out, boolean withSecrets) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Table table : tables()) {
			List<String> omitted = withSecrets ? List.of() : SECRET_COLUMNS.getOrDefault(table.name(), List.of());
			List<Map<String, Object>> rows = repository.rows(table.name(), table.orderBy(), omitted);
			counts.put(table.name(), rows.size());
			files.put("tables/" + table.name() + ".json",
					json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
		}
		Manifest manifest = new Manifest(FORMAT, VERSION, clock.instant(), counts, withSecrets);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return manifest;
	}

	/**
	 * Restores an archive into this (empty) database. Run inside a transaction: a failure
	 * leaves nothing behind.
	 */
	Manifest restore(byte[] archive, SafeZip.Limits limits) {
		SafeZip.Contents contents;
		try {
			contents = SafeZip.read("backup", new ByteArrayInputStream(archive), limits);
		}
		catch (ImportRefusedException ex) {
			throw new BadRequestException("file", "not a Canticle backup: " + ex.getMessage());
		}
		if (!contents.refusals().isEmpty()) {
			throw new BadRequestException("file", "not a Canticle backup: " + contents.refusals().get(0).reason());
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		contents.entries().forEach(entry -> files.put(entry.name().substring("backup!".length()), entry.content()));
		byte[] manifestBytes = files.get("manifest.json");
		if (manifestBytes == null) {
			throw new BadRequestException("file", "not a Canticle backup: no manifest.json");
		}
		Manifest manifest;
		try {
			manifest = json.readValue(manifestBytes, Manifest.class);
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("file", "manifest.json is not readable");
		}
		if (!FORMAT.equals(manifest.format()) || manifest.counts() == null) {
			throw new BadRequestException("file", "not a Canticle backup (format " + manifest.format() + ")");
		}
		if (manifest.version() > VERSION) {
			throw new BadRequestException("file", "a backup of version " + manifest.version()
					+ ", newer than this Canticle reads (" + VERSION + "): upgrade Canticle first");
		}
		List<Table> tables = tables();
		List<String> names = tables.stream().map(Table::name).toList();
		for (String table : manifest.counts().keySet()) {
			if (!names.contains(table)) {
				throw new BadRequestException("file", "the backup has a table this Canticle does not know: " + table);
			}
		}
		if (repository.countAll(CONTENT) > 0) {
			throw new ConflictException("Not empty",
					"Restore needs an empty Canticle: this one already has songs, profiles or plans. Nothing was changed.");
		}
		boolean restoreUsers = names.contains(USERS) && manifest.withSecrets() && manifest.counts().containsKey(USERS)
				&& repository.countAll(List.of(USERS)) == 0;
		for (Table table : tables) {
			Integer expected = manifest.counts().get(table.name());
			if (expected == null || (table.name().equals(USERS) && !restoreUsers)) {
				continue;
			}
			byte[] content = files.get("tables/" + table.name() + ".json");
			if (content == null) {
				throw new BadRequestException("file", "the backup lacks tables/" + table.name() + ".json");
			}
			List<Map<String, Object>> rows;
			try {
				rows = json.readValue(content, new TypeReference<List<Map<String, Object>>>() {
				});
			}
			catch (RuntimeException ex) {
				throw new BadRequestException("file", "tables/" + table.name() + ".json is not readable");
			}
			if (rows.size() != expected) {
				throw new BadRequestException("file",
						"tables/" + table.name() + ".json has " + rows.size() + " rows, the manifest says " + expected);
			}
			if (!restoreUsers) {
				for (String column : USER_REFERENCES.getOrDefault(table.name(), List.of())) {
					rows.forEach(row -> {
						if (row.containsKey(column)) {
							row.put(column, null);
						}
					});
				}
			}
			insert(table, rows);
		}
		for (Table table : tables) {
			if (table.identity() && manifest.counts().containsKey(table.name())
					&& (restoreUsers || !table.name().equals(USERS))) {
				repository.restartIdentity(table.name());
			}
		}
		return manifest;
	}

	private void insert(Table table, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<BackupRepository.Column> all = repository.columns(table.name());
		List<BackupRepository.Column> columns = new ArrayList<>();
		for (BackupRepository.Column column : all) {
			if (rows.get(0).containsKey(column.name())) {
				columns.add(column);
			}
		}
		for (String name : rows.get(0).keySet()) {
			if (all.stream().noneMatch(c -> c.name().equals(name))) {
				throw new BadRequestException("file",
						"column " + table.name() + "." + name + " is not in this database: it would be lost");
			}
		}
		List<Object[]> values = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Object[] args = new Object[columns.size()];
			for (int i = 0; i < columns.size(); i++) {
				args[i] = value(table, columns.get(i), row.get(columns.get(i).name()));
			}
			values.add(args);
		}
		repository.insert(table.name(), columns, values);
	}

	private static Object value(Table table, BackupRepository.Column column, Object value) {
		if (value == null) {
			return null;
		}
		try {
			return switch (column.kind()) {
				case TIMESTAMP -> OffsetDateTime.ofInstant(Instant.parse(value.toString()), ZoneOffset.UTC);
				case DATE -> LocalDate.parse(value.toString());
				case INTEGER -> ((Number) value).longValue();
				case BOOLEAN -> (Boolean) value;
				case TEXT -> value.toString();
			};
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("file", "bad value for " + table.name() + "." + column.name() + ": " + value);
		}
	}

}
