package org.canticle.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The plans' SQL. A plan is read with its items, their songs and the leader's preferred
 * keys in ONE statement, so a plan of 50 songs costs what a plan of one does.
 * <p>
 * Positions are kept 0..n-1. (plan_id, position) is UNIQUE and PostgreSQL checks that row
 * by row during an UPDATE, so shifting items by one could collide halfway; items are
 * first moved out of the way by {@link #OFFSET} and then set to their final place.
 */
@Repository
class PlanRepository {

	/**
	 * Far above any real position (a plan holds at most {@link PlanService#MAX_ITEMS}).
	 */
	static final int OFFSET = 1_000_000;

	private static final String PLAN_COLUMNS = """
			p.id, p.plan_date, p.title, p.leader_id, p.notes, p.created_at, p.updated_at, p.version,
			l.name AS leader_name, l.version AS leader_version""";

	private static final String ITEM_COLUMNS = """
			i.id AS item_id, i.position, i.item_type, i.song_id, i.title AS item_title, i.song_key AS item_key,
			i.capo, i.notes AS item_notes, s.title AS song_title, s.song_key, s.archived_at, s.version AS song_version,
			k.song_key AS leader_key""";

	private static final String JOINS = """
			FROM plan p
			LEFT JOIN profile l ON l.id = p.leader_id
			LEFT JOIN plan_item i ON i.plan_id = p.id %s
			LEFT JOIN song s ON s.id = i.song_id
			LEFT JOIN preferred_key k ON k.profile_id = p.leader_id AND k.song_id = i.song_id
			WHERE p.id = :id
			ORDER BY i.position""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	PlanRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A plan with its items, or empty. */
	Optional<PlanRead> find(long id) {
		return jdbc.sql("SELECT " + PLAN_COLUMNS + ", " + ITEM_COLUMNS + " " + JOINS.formatted(""))
			.param("id", id)
			.query(rs -> {
				Plan plan = null;
				Integer leaderVersion = null;
				List<PlanItem> items = new ArrayList<>();
				long songVersions = 0;
				while (rs.next()) {
					if (plan == null) {
						plan = plan(rs, items);
						leaderVersion = nullableInt(rs, "leader_version");
					}
					if (rs.getObject("item_id") != null) {
						items.add(item(rs));
						songVersions += rs.getLong("song_version");
					}
				}
				if (plan == null) {
					return Optional.<PlanRead>empty();
				}
				return Optional.of(new PlanRead(plan, new PlanState(plan.version(), leaderVersion, songVersions)));
			});
	}

	/**
	 * One item of a plan, resolved as in {@link #find}; empty when the plan has no such
	 * item.
	 */
	Optional<PlanItem> findItem(long planId, long itemId) {
		return jdbc.sql("SELECT " + ITEM_COLUMNS + " " + JOINS.formatted("AND i.id = :item"))
			.param("id", planId)
			.param("item", itemId)
			.query((rs, n) -> rs.getObject("item_id") == null ? null : item(rs))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/** What a plan's ETag is made of, in one cheap statement, for If-None-Match. */
	Optional<PlanState> findState(long id) {
		return jdbc.sql("""
				SELECT p.version, l.version AS leader_version,
				       (SELECT COALESCE(SUM(s.version), 0) FROM plan_item i JOIN song s ON s.id = i.song_id
				        WHERE i.plan_id = p.id) AS song_versions
				FROM plan p LEFT JOIN profile l ON l.id = p.leader_id
				WHERE p.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new PlanState(rs.getInt("version"), nullableInt(rs, "leader_version"),
					rs.getLong("song_versions")))
			.optional();
	}

	/**
	 * The plan's songs in order with everything the music stand needs, in one statement.
	 */
	Optional<SongsRead> findSongs(long id) {
		String sql = "SELECT " + PLAN_COLUMNS + ", " + ITEM_COLUMNS + """
				, s.authors, s.copyright, s.ccli_number, s.tempo, s.time_signature, s.chordpro,
				(SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM song_tag t WHERE t.song_id = s.id) AS tags
				""" + JOINS.formatted("AND i.item_type = 'SONG'");
		return jdbc.sql(sql).param("id", id).query(rs -> {
			SongsRead read = null;
			List<SongRow> rows = new ArrayList<>();
			long songVersions = 0;
			while (rs.next()) {
				if (read == null) {
					read = new SongsRead(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class),
							rs.getString("title"), nullableLong(rs, "leader_id"), rs.getString("leader_name"),
							new PlanState(rs.getInt("version"), nullableInt(rs, "leader_version"), 0), rows);
				}
				if (rs.getObject("item_id") != null) {
					rows.add(new SongRow(rs.getLong("item_id"), rs.getInt("position"), rs.getLong("song_id"),
							rs.getString("song_title"), rs.getString("authors"), rs.getString("copyright"),
							nullableLong(rs, "ccli_number"), rs.getString("song_key"), rs.getString("item_key"),
							rs.getString("leader_key"), nullableInt(rs, "capo"), nullableInt(rs, "tempo"),
							rs.getString("time_signature"), tags(rs), rs.getString("item_notes"),
							rs.getObject("archived_at") != null, rs.getString("chordpro")));
					songVersions += rs.getLong("song_version");
				}
			}
			if (read == null) {
				return Optional.<SongsRead>empty();
			}
			PlanState state = new PlanState(read.state().version(), read.state().leaderVersion(), songVersions);
			return Optional.of(new SongsRead(read.planId(), read.date(), read.title(), read.leaderId(),
					read.leaderName(), state, rows));
		});
	}

	Optional<Integer> findVersion(long id) {
		return jdbc.sql("SELECT version FROM plan WHERE id = :id").param("id", id).query(Integer.class).optional();
	}

	long count(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT COUNT(*) FROM plan p WHERE " + range(from, to))
			.params(rangeParams(from, to))
			.query(Long.class)
			.single();
	}

	List<PlanSummary> page(LocalDate from, LocalDate to, int offset, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.plan_date, p.title, p.leader_id, l.name AS leader_name, p.notes, p.version, p.updated_at,
				       (SELECT COUNT(*) FROM plan_item i WHERE i.plan_id = p.id) AS item_count
				FROM plan p LEFT JOIN profile l ON l.id = p.leader_id
				WHERE %s
				ORDER BY p.plan_date DESC, p.id DESC
				LIMIT :limit OFFSET :offset
				""".formatted(range(from, to)))
			.params(rangeParams(from, to))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class),
					rs.getString("title"), nullableLong(rs, "leader_id"), rs.getString("leader_name"),
					rs.getString("notes"), rs.getInt("item_count"), rs.getInt("version"), instant(rs, "updated_at")))
			.list();
	}

	boolean profileExists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM profile WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	/**
	 * @param actor the user creating it (created_by, updated_by), null for the system
	 */
	long insert(PlanInput input, Instant now, Long actor) {
		KeyHolder key = new GeneratedKeyHolder();
		Map<String, Object> params = planParams(input, now);
		params.put("actor", actor);
		jdbc.sql("""
				INSERT INTO plan (plan_date, title, leader_id, notes, created_at, updated_at, version, created_by,
				                  updated_by)
				VALUES (:date, :title, :leader, :notes, :now, :now, 0, :actor, :actor)
				""").params(params).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Replaces the plan's own fields if it is still at {@code expectedVersion} (any when
	 * null).
	 * @param actor the user changing it (updated_by), null for the system
	 */
	boolean update(long id, Integer expectedVersion, PlanInput input, Instant now, Long actor) {
		Map<String, Object> params = planParams(input, now);
		params.put("id", id);
		params.put("expected", expectedVersion);
		params.put("actor", actor);
		return jdbc.sql("""
				UPDATE plan SET plan_date = :date, title = :title, leader_id = :leader, notes = :notes,
				       updated_at = :now, version = version + 1, updated_by = :actor
				WHERE id = :id AND (CAST(:expected AS INTEGER) IS NULL OR version = :expected)
				""").params(params).update() == 1;
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM plan WHERE id = :id").param("id", id).update() == 1;
	}

	/**
	 * Bumps the plan's version before its items change, so its ETag changes with them.
	 * The row lock it takes also serialises concurrent changes to one plan's items, which
	 * keeps their positions consistent. A change to the items is a change to the plan, so
	 * it also stamps who made it.
	 * @param actor the user changing it (updated_by), null for the system
	 * @return false when the plan does not exist or is not at {@code expectedVersion}
	 * (any when null)
	 */
	boolean touch(long id, Integer expectedVersion, Instant now, Long actor) {
		return jdbc.sql("""
				UPDATE plan SET version = version + 1, updated_at = :now, updated_by = :actor
				WHERE id = :id AND (CAST(:expected AS INTEGER) IS NULL OR version = :expected)
				""")
			.param("id", id)
			.param("expected", expectedVersion)
			.param("now", utc(now))
			.param("actor", actor)
			.update() == 1;
	}

	/** Whether the song is archived; empty when there is no such song. */
	Optional<Boolean> songArchived(long songId) {
		return jdbc.sql("SELECT archived_at FROM song WHERE id = :id")
			.param("id", songId)
			.query((rs, n) -> rs.getObject("archived_at") != null)
			.optional();
	}

	int itemCount(long planId) {
		return jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	List<Long> itemIds(long planId) {
		return jdbc.sql("SELECT id FROM plan_item WHERE plan_id = :plan ORDER BY position")
			.param("plan", planId)
			.query(Long.class)
			.list();
	}

	Optional<ItemType> itemType(long planId, long itemId) {
		return jdbc.sql("SELECT item_type FROM plan_item WHERE id = :item AND plan_id = :plan")
			.param("item", itemId)
			.param("plan", planId)
			.query((rs, n) -> ItemType.valueOf(rs.getString("item_type")))
			.optional();
	}

	/**
	 * Moves the items at {@code position} and after out of the way, to make room for one
	 * there.
	 */
	void openGapAt(long planId, int position) {
		jdbc.sql("UPDATE plan_item SET position = position + :offset WHERE plan_id = :plan AND position >= :position")
			.param("offset", OFFSET)
			.param("plan", planId)
			.param("position", position)
			.update();
	}

	/**
	 * Brings the items moved out of the way back, {@code delta} places from where they
	 * were.
	 */
	void settle(long planId, int delta) {
		jdbc.sql(
				"UPDATE plan_item SET position = position - :offset + :delta WHERE plan_id = :plan AND position >= :offset")
			.param("offset", OFFSET)
			.param("delta", delta)
			.param("plan", planId)
			.update();
	}

	long insertItem(long planId, int position, ItemType type, Long songId, String title, String key, Integer capo,
			String notes) {
		KeyHolder keyHolder = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plan_item (plan_id, position, item_type, song_id, title, song_key, capo, notes, version)
				VALUES (:plan, :position, :type, :song, :title, :key, :capo, :notes, 0)
				""")
			.param("plan", planId)
			.param("position", position)
			.param("type", type.name())
			.param("song", songId)
			.param("title", title)
			.param("key", key)
			.param("capo", capo)
			.param("notes", notes)
			.update(keyHolder, "id");
		return keyHolder.getKeyAs(Number.class).longValue();
	}

	void updateItem(long planId, long itemId, String title, String key, Integer capo, String notes) {
		jdbc.sql(
				"""
						UPDATE plan_item SET title = :title, song_key = :key, capo = :capo, notes = :notes, version = version + 1
						WHERE id = :item AND plan_id = :plan
						""")
			.param("title", title)
			.param("key", key)
			.param("capo", capo)
			.param("notes", notes)
			.param("item", itemId)
			.param("plan", planId)
			.update();
	}

	/**
	 * Removes an item and closes up the positions after it: three statements. False when
	 * there is no such item.
	 */
	boolean deleteItem(long planId, long itemId) {
		jdbc.sql(
				"""
						UPDATE plan_item SET position = position + :offset
						WHERE plan_id = :plan AND position > (SELECT x.position FROM plan_item x WHERE x.id = :item AND x.plan_id = :plan)
						""")
			.param("offset", OFFSET)
			.param("plan", planId)
			.param("item", itemId)
			.update();
		int deleted = jdbc.sql("DELETE FROM plan_item WHERE id = :item AND plan_id = :plan")
			.param("item", itemId)
			.param("plan", planId)
			.update();
		settle(planId, -1);
		return deleted == 1;
	}

	/**
	 * Puts the plan's items in the given order (all of them, checked by the caller): two
	 * statements, one a batch.
	 */
	void reorder(long planId, List<Long> itemIds) {
		jdbc.sql("UPDATE plan_item SET position = position + :offset WHERE plan_id = :plan")
			.param("offset", OFFSET)
			.param("plan", planId)
			.update();
		SqlParameterSource[] rows = new SqlParameterSource[itemIds.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = new MapSqlParameterSource().addValue("position", i)
				.addValue("item", itemIds.get(i))
				.addValue("plan", planId);
		}
		batch.batchUpdate("UPDATE plan_item SET position = :position WHERE id = :item AND plan_id = :plan", rows);
	}

	record SongsRead(long planId, LocalDate date, String title, Long leaderId, String leaderName, PlanState state,
			List<SongRow> rows) {
	}

	record SongRow(long itemId, int position, long songId, String title, String authors, String copyright,
			Long ccliNumber, String songKey, String itemKey, String leaderKey, Integer capo, Integer tempo,
			String timeSignature, List<String> tags, String notes, boolean archived, String chordpro) {
	}

	private static String range(LocalDate from, LocalDate to) {
		return "1 = 1" + (from == null ? "" : " AND p.plan_date >= :from")
				+ (to == null ? "" : " AND p.plan_date <= :to");
	}

	private static Map<String, Object> rangeParams(LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		if (from != null) {
			params.put("from", from);
		}
		if (to != null) {
			params.put("to", to);
		}
		return params;
	}

	private static Map<String, Object> planParams(PlanInput input, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("date", input.date());
		params.put("title", input.title().strip());
		params.put("leader", input.leaderId());
		params.put("notes", input.notes() == null ? "" : input.notes().strip());
		params.put("now", utc(now));
		return params;
	}

	private static Plan plan(ResultSet rs, List<PlanItem> items) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class), rs.getString("title"),
				nullableLong(rs, "leader_id"), rs.getString("leader_name"), rs.getString("notes"), rs.getInt("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"), items);
	}

	private static PlanItem item(ResultSet rs) throws SQLException {
		ItemType type = ItemType.valueOf(rs.getString("item_type"));
		String notes = rs.getString("item_notes");
		if (type == ItemType.HEADER) {
			return new PlanItem(rs.getLong("item_id"), rs.getInt("position"), type, null, rs.getString("item_title"),
					null, null, null, null, notes, false);
		}
		String songKey = rs.getString("song_key");
		String leaderKey = rs.getString("leader_key");
		ResolvedKey key = ResolvedKey.resolve(rs.getString("item_key"), leaderKey, songKey);
		return new PlanItem(rs.getLong("item_id"), rs.getInt("position"), type, rs.getLong("song_id"),
				rs.getString("song_title"), key.key(), key.source(), ResolvedKey.fallback(leaderKey, songKey),
				nullableInt(rs, "capo"), notes, rs.getObject("archived_at") != null);
	}

	private static List<String> tags(ResultSet rs) throws SQLException {
		Array array = rs.getArray("tags");
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
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
