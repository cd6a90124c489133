package org.canticle.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plan templates: four statements read them all, whatever they hold. */
@Repository
class TemplateRepository {

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every template, or the one with {@code id} when it is not null. */
	List<PlanTemplate> templates(Long id) {
		Map<Long, String[]> heads = new LinkedHashMap<>();
		jdbc.sql("SELECT id, name, title, notes FROM plan_template WHERE (CAST(:id AS BIGINT) IS NULL OR id = :id)"
				+ " ORDER BY name, id LIMIT 200")
			.param("id", id)
			.query((ResultSet rs) -> {
				heads.put(rs.getLong("id"),
						new String[] { rs.getString("name"), rs.getString("title"), rs.getString("notes") });
			});
		Map<Long, List<PlanTemplate.Item>> items = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT i.template_id, i.item_type, i.song_id, s.title AS song_title, i.title FROM template_item i
				LEFT JOIN song s ON s.id = i.song_id
				WHERE (CAST(:id AS BIGINT) IS NULL OR i.template_id = :id) ORDER BY i.template_id, i.position""")
			.param("id", id)
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>())
					.add(new PlanTemplate.Item(rs.getString("item_type"), rs.getObject("song_id", Long.class),
							rs.getString("song_title"), rs.getString("title")));
			});
		Map<Long, List<PlanTemplate.Time>> times = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT template_id, kind, day_offset, start_time, duration_minutes FROM template_time
				WHERE (CAST(:id AS BIGINT) IS NULL OR template_id = :id) ORDER BY template_id, position""")
			.param("id", id)
			.query((ResultSet rs) -> {
				times.computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>()).add(time(rs));
			});
		Map<Long, List<PlanTemplate.Need>> needs = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT n.template_id, n.position_id, t.name AS team_name, p.name AS position_name, n.needed
				FROM template_need n JOIN team_position p ON p.id = n.position_id JOIN team t ON t.id = p.team_id
				WHERE (CAST(:id AS BIGINT) IS NULL OR n.template_id = :id) ORDER BY n.template_id, t.name, p.name""")
			.param("id", id)
			.query((ResultSet rs) -> {
				needs.computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>())
					.add(new PlanTemplate.Need(rs.getLong("position_id"),
							rs.getString("team_name") + " · " + rs.getString("position_name"), rs.getInt("needed")));
			});
		List<PlanTemplate> templates = new ArrayList<>();
		heads.forEach((key, head) -> templates
			.add(new PlanTemplate(key, head[0], head[1], head[2], items.getOrDefault(key, List.of()),
					times.getOrDefault(key, List.of()), needs.getOrDefault(key, List.of()))));
		return templates;
	}

	private static PlanTemplate.Time time(ResultSet rs) throws SQLException {
		int duration = rs.getInt("duration_minutes");
		return new PlanTemplate.Time(TimeKind.valueOf(rs.getString("kind")), rs.getInt("day_offset"),
				rs.getObject("start_time", LocalTime.class), rs.wasNull() ? null : duration);
	}

	boolean nameTaken(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM plan_template WHERE LOWER(name) = LOWER(:name)")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String name, String title, String notes, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO plan_template (name, title, notes, created_at) VALUES (:name, :title, :notes, :now)")
			.param("name", name)
			.param("title", title)
			.param("notes", notes)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void insertItem(long template, int position, String type, Long songId, String title) {
		jdbc.sql("""
				INSERT INTO template_item (template_id, position, item_type, song_id, title)
				VALUES (:template, :position, :type, :song, :title)""")
			.param("template", template)
			.param("position", position)
			.param("type", type)
			.param("song", songId)
			.param("title", title)
			.update();
	}

	void insertTime(long template, int position, PlanTemplate.Time time) {
		jdbc.sql("""
				INSERT INTO template_time (template_id, position, kind, day_offset, start_time, duration_minutes)
				VALUES (:template, :position, :kind, :offset, :start, :duration)""")
			.param("template", template)
			.param("position", position)
			.param("kind", time.kind().name())
			.param("offset", time.dayOffset())
			.param("start", time.startTime())
			.param("duration", time.durationMinutes())
			.update();
	}

	void insertNeed(long template, long position, int needed) {
		jdbc.sql("INSERT INTO template_need (template_id, position_id, needed) VALUES (:template, :position, :needed)")
			.param("template", template)
			.param("position", position)
			.param("needed", needed)
			.update();
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM plan_template WHERE id = :id").param("id", id).update() > 0;
	}

	boolean songExists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM song WHERE id = :id AND archived_at IS NULL")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
