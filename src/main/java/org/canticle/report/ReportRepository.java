package org.canticle.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of plans for the calendar feed and the usage report: plain SQL over the plan,
 * plan_item, song, profile and preferred_key tables, a fixed number of statements
 * whatever the size of a plan. An item's key is resolved as everywhere else: the item's
 * own, else the leader's preferred key for the song, else the song's.
 */
@Repository
class ReportRepository {

	record PlanRow(long id, LocalDate date, String title, String notes, String leader, OffsetDateTime updatedAt) {
	}

	record ItemRow(long planId, int position, String type, Long songId, String title, String key, Integer capo,
			String notes, String authors, String copyright, Long ccliNumber, String songKey, Integer tempo,
			String timeSignature, String chordpro) {
	}

	record Usage(long songId, String title, String authors, Long ccliNumber, long timesUsed, LocalDate lastUsed) {
	}

	private static final String PLAN = """
			SELECT p.id, p.plan_date, p.title, p.notes, p.updated_at, pr.name AS leader
			FROM plan p LEFT JOIN profile pr ON pr.id = p.leader_id
			""";

	private static final String ITEMS = """
			SELECT i.plan_id, i.position, i.item_type, i.song_id, COALESCE(s.title, i.title) AS title,
			       COALESCE(i.song_key, pk.song_key, s.song_key) AS resolved_key, i.capo, i.notes,
			       s.authors, s.copyright, s.ccli_number, s.song_key, s.tempo, s.time_signature, %s
			FROM plan_item i
			JOIN plan p ON p.id = i.plan_id
			LEFT JOIN song s ON s.id = i.song_id
			LEFT JOIN preferred_key pk ON pk.profile_id = p.leader_id AND pk.song_id = i.song_id
			""";

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PlanRow> plansBetween(LocalDate from, LocalDate to, int limit) {
		return jdbc.sql(PLAN + " WHERE p.plan_date BETWEEN :from AND :to ORDER BY p.plan_date, p.id LIMIT :limit")
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(ReportRepository::plan)
			.list();
	}

	/** The items of every plan in the range, without chart text. */
	List<ItemRow> itemsBetween(LocalDate from, LocalDate to) {
		return jdbc
			.sql(ITEMS.formatted("CAST(NULL AS VARCHAR(1)) AS chordpro")
					+ " WHERE p.plan_date BETWEEN :from AND :to ORDER BY i.plan_id, i.position")
			.param("from", from)
			.param("to", to)
			.query(ReportRepository::item)
			.list();
	}

	/**
	 * Each song used in a plan dated in the range: in how many plans, and the latest
	 * date.
	 */
	List<Usage> usage(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT s.id, s.title, s.authors, s.ccli_number, COUNT(DISTINCT p.id) AS times_used,
				       MAX(p.plan_date) AS last_used
				FROM plan_item i
				JOIN plan p ON p.id = i.plan_id
				JOIN song s ON s.id = i.song_id
				WHERE i.item_type = 'SONG' AND p.plan_date BETWEEN :from AND :to
				GROUP BY s.id, s.title, s.authors, s.ccli_number
				ORDER BY times_used DESC, s.title, s.id
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Usage(rs.getLong("id"), rs.getString("title"), rs.getString("authors"),
					nullableLong(rs, "ccli_number"), rs.getLong("times_used"),
					rs.getObject("last_used", LocalDate.class)))
			.list();
	}

	private static PlanRow plan(ResultSet rs, int n) throws SQLException {
		return new PlanRow(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class), rs.getString("title"),
				rs.getString("notes"), rs.getString("leader"), rs.getObject("updated_at", OffsetDateTime.class));
	}

	private static ItemRow item(ResultSet rs, int n) throws SQLException {
		return new ItemRow(rs.getLong("plan_id"), rs.getInt("position"), rs.getString("item_type"),
				nullableLong(rs, "song_id"), rs.getString("title"), rs.getString("resolved_key"),
				nullableInt(rs, "capo"), rs.getString("notes"), rs.getString("authors"), rs.getString("copyright"),
				nullableLong(rs, "ccli_number"), rs.getString("song_key"), nullableInt(rs, "tempo"),
				rs.getString("time_signature"), rs.getString("chordpro"));
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
