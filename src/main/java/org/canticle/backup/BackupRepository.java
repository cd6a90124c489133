package org.canticle.backup;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.stereotype.Repository;

/**
 * Whole tables in and out, for backup and restore: batched SQL over JDBC metadata rather
 * than each feature's service, because a restore must write rows exactly as they were
 * (ids, versions, timestamps, archived songs), which no service's create does, and must
 * do it in a handful of statements for thousands of rows. Values travel as JSON scalars:
 * timestamps as ISO-8601 with offset, dates as ISO dates, numbers and booleans as
 * themselves.
 */
@Repository
class BackupRepository {

	/** A column: its name and its JDBC kind, as far as a backup cares. */
	record Column(String name, Kind kind, int sqlType) {
	}

	enum Kind {

		TIMESTAMP, DATE, INTEGER, BOOLEAN, TEXT

	}

	private final JdbcTemplate jdbc;

	BackupRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean tableExists(String table) {
		Integer count = jdbc.queryForObject(
				"SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ? AND LOWER(table_schema) = 'public'",
				Integer.class, table.toLowerCase(Locale.ROOT));
		return count != null && count > 0;
	}

	List<Column> columns(String table) {
		return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
			ResultSetMetaData meta = rs.getMetaData();
			List<Column> columns = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(new Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
						kind(meta.getColumnType(i), meta.getColumnTypeName(i)), meta.getColumnType(i)));
			}
			return columns;
		});
	}

	/**
	 * Every row, in key order, each a map of column to JSON-ready value; {@code omitted}
	 * columns are left out.
	 */
	List<Map<String, Object>> rows(String table, String orderBy, List<String> omitted) {
		return jdbc.query("SELECT * FROM " + table + " ORDER BY " + orderBy, (rs, n) -> {
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
				if (omitted.contains(name)) {
					continue;
				}
				Object value = switch (kind(meta.getColumnType(i), meta.getColumnTypeName(i))) {
					case TIMESTAMP -> {
						OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
						yield time == null ? null : time.toInstant().toString();
					}
					case DATE -> {
						LocalDate date = rs.getObject(i, LocalDate.class);
						yield date == null ? null : date.toString();
					}
					case INTEGER -> {
						long number = rs.getLong(i);
						yield rs.wasNull() ? null : number;
					}
					case BOOLEAN -> {
						boolean flag = rs.getBoolean(i);
						yield rs.wasNull() ? null : flag;
					}
					case TEXT -> rs.getString(i);
				};
				row.put(name, value);
			}
			return row;
		});
	}

	/** Rows of all the given tables together: 0 means an empty instance. */
	long countAll(List<String> tables) {
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < tables.size(); i++) {
			sql.append(i == 0 ? "" : " + ").append("(SELECT COUNT(*) FROM ").append(tables.get(i)).append(')');
		}
		Long count = jdbc.queryForObject(sql.toString(), Long.class);
		return count == null ? 0 : count;
	}

	/** One batch for the whole table. */
	void insert(String table, List<Column> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String names = String.join(", ", columns.stream().map(Column::name).toList());
		String marks = String.join(", ", columns.stream().map(c -> "?").toList());
		// explicit types, so that a null binds as what its column is; timestamps are
		// bound as OffsetDateTime objects
		int[] types = columns.stream()
			.mapToInt(c -> c.kind() == Kind.TIMESTAMP ? SqlTypeValue.TYPE_UNKNOWN : c.sqlType())
			.toArray();
		jdbc.batchUpdate("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")", rows, types);
	}

	/**
	 * Moves a table's identity past the largest id restored, so the next row gets a fresh
	 * one.
	 */
	void restartIdentity(String table) {
		Long next = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
		jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
	}

	static Kind kind(int type, String typeName) {
		String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
		return switch (type) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
			case Types.DATE -> Kind.DATE;
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
			case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
			default -> name.contains("timestamp") ? Kind.TIMESTAMP : Kind.TEXT;
		};
	}

}
