package org.canticle.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Teams, positions and who plays them. */
@Repository
class TeamRepository {

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every team with its positions and their players: one statement. */
	List<Team> teams() {
		return jdbc.sql("""
				SELECT t.id AS team_id, t.name AS team_name, p.id AS position_id, p.name AS position_name,
				       pr.id AS profile_id, pr.name AS profile_name
				FROM team t
				LEFT JOIN team_position p ON p.team_id = t.id
				LEFT JOIN profile_position pp ON pp.position_id = p.id
				LEFT JOIN profile pr ON pr.id = pp.profile_id
				ORDER BY t.name, t.id, p.name, p.id, pr.name, pr.id""").query(rs -> {
			Map<Long, String> teamNames = new LinkedHashMap<>();
			Map<Long, List<Long>> teamPositions = new LinkedHashMap<>();
			Map<Long, String[]> positions = new LinkedHashMap<>();
			Map<Long, List<TeamPosition.Player>> players = new LinkedHashMap<>();
			while (rs.next()) {
				long team = rs.getLong("team_id");
				teamNames.putIfAbsent(team, rs.getString("team_name"));
				List<Long> ids = teamPositions.computeIfAbsent(team, k -> new ArrayList<>());
				Long position = rs.getObject("position_id", Long.class);
				if (position == null) {
					continue;
				}
				if (!positions.containsKey(position)) {
					ids.add(position);
					positions.put(position, new String[] { rs.getString("position_name") });
					players.put(position, new ArrayList<>());
				}
				Long profile = rs.getObject("profile_id", Long.class);
				if (profile != null) {
					players.get(position).add(new TeamPosition.Player(profile, rs.getString("profile_name")));
				}
			}
			List<Team> teams = new ArrayList<>();
			teamNames.forEach((id,
					name) -> teams.add(new Team(id, name, teamPositions.get(id)
						.stream()
						.map(p -> new TeamPosition(p, id, name, positions.get(p)[0], List.copyOf(players.get(p))))
						.toList())));
			return teams;
		});
	}

	Optional<TeamPosition> position(long id) {
		return jdbc.sql("""
				SELECT p.id, p.team_id, t.name AS team_name, p.name FROM team_position p JOIN team t ON t.id = p.team_id
				WHERE p.id = :id""")
			.param("id", id)
			.query((rs, n) -> new TeamPosition(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_name"),
					rs.getString("name"), List.of()))
			.optional();
	}

	boolean teamExists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM team WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

	boolean teamNameTaken(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM team WHERE LOWER(name) = LOWER(:name)")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	boolean positionNameTaken(long teamId, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM team_position WHERE team_id = :team AND LOWER(name) = LOWER(:name)")
			.param("team", teamId)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	long insertTeam(String name, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO team (name, created_at) VALUES (:name, :now)")
			.param("name", name)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	boolean deleteTeam(long id) {
		return jdbc.sql("DELETE FROM team WHERE id = :id").param("id", id).update() > 0;
	}

	long insertPosition(long teamId, String name) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO team_position (team_id, name) VALUES (:team, :name)")
			.param("team", teamId)
			.param("name", name)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	boolean deletePosition(long id) {
		return jdbc.sql("DELETE FROM team_position WHERE id = :id").param("id", id).update() > 0;
	}

	/** Adds a player; nothing when they play it already. */
	void addPlayer(long positionId, long profileId) {
		jdbc.sql("""
				INSERT INTO profile_position (profile_id, position_id)
				SELECT :profile, :position WHERE NOT EXISTS
				  (SELECT 1 FROM profile_position WHERE profile_id = :profile AND position_id = :position)""")
			.param("profile", profileId)
			.param("position", positionId)
			.update();
	}

	boolean removePlayer(long positionId, long profileId) {
		return jdbc.sql("DELETE FROM profile_position WHERE profile_id = :profile AND position_id = :position")
			.param("profile", profileId)
			.param("position", positionId)
			.update() > 0;
	}

	List<Long> positionsOf(long profileId) {
		return jdbc.sql("SELECT position_id FROM profile_position WHERE profile_id = :profile ORDER BY position_id")
			.param("profile", profileId)
			.query(Long.class)
			.list();
	}

	void clearPositionsOf(long profileId) {
		jdbc.sql("DELETE FROM profile_position WHERE profile_id = :profile").param("profile", profileId).update();
	}

	/** How many of these ids are positions. */
	long countPositions(List<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*) FROM team_position WHERE id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

	void insertPositionsOf(long profileId, List<Long> ids) {
		for (Long id : ids) {
			addPlayer(id, profileId);
		}
	}

	boolean profileExists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM profile WHERE id = :id").param("id", id).query(Long.class).single() > 0;
	}

}
