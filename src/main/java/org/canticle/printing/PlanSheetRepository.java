package org.canticle.printing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of plans for printing: plain SQL over the plan, plan_item, song, profile and
 * preferred_key tables, a fixed number of statements whatever the size of a plan. An
 * item's key is resolved as everywhere else: the item's own, else the leader's preferred
 * key for the song, else the song's.
 */
@Repository
class PlanSheetRepository {

	record PlanRow(long id, LocalDate date, String title, String notes, String leader, OffsetDateTime updatedAt) {
	}

	record ItemRow(long planId, int position, String type, Long songId, String title, String key, Integer capo,
			String notes, String authors, String copyright, Long ccliNumber, String songKey, Integer tempo,
			String timeSignature, String chordpro) {
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

	PlanSheetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanRow> plan(long id) {
		return jdbc.sql(PLAN + " WHERE p.id = :id").param("id", id).query(PlanSheetRepository::plan).optional();
	}

	List<ItemRow> items(long planId) {
		return jdbc.sql(ITEMS.formatted("s.chordpro") + " WHERE i.plan_id = :id ORDER BY i.position")
			.param("id", planId)
			.query(PlanSheetRepository::item)
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
