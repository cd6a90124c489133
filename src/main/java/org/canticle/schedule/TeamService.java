package org.canticle.schedule;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams, their positions, and who plays which. */
@Service
public class TeamService {

	static final int MAX_POSITIONS_PER_PROFILE = 50;

	private final TeamRepository teams;

	private final Clock clock;

	TeamService(TeamRepository teams, Clock clock) {
		this.teams = teams;
		this.clock = clock;
	}

	/** Every team, position and player: one statement. */
	@Transactional(readOnly = true)
	public List<Team> teams() {
		return teams.teams();
	}

	@Transactional
	public Team createTeam(NameInput input) {
		String name = name(input);
		if (teams.teamNameTaken(name)) {
			throw new ConflictException("Team exists", "There is a team called " + name + " already.");
		}
		return new Team(teams.insertTeam(name, clock.instant()), name, List.of());
	}

	@Transactional
	public void deleteTeam(long id) {
		if (!teams.deleteTeam(id)) {
			throw new NotFoundException("Team", id);
		}
	}

	@Transactional
	public TeamPosition addPosition(long teamId, NameInput input) {
		String name = name(input);
		if (!teams.teamExists(teamId)) {
			throw new NotFoundException("Team", teamId);
		}
		if (teams.positionNameTaken(teamId, name)) {
			throw new ConflictException("Position exists", "This team has a position called " + name + " already.");
		}
		long id = teams.insertPosition(teamId, name);
		return teams.position(id).orElseThrow();
	}

	/**
	 * Removes a position: plans stop needing it; who served on it stays in their
	 * assignments, under its name.
	 */
	@Transactional
	public void deletePosition(long id) {
		if (!teams.deletePosition(id)) {
			throw new NotFoundException("Position", id);
		}
	}

	@Transactional
	public void addPlayer(long positionId, Long profileId) {
		if (teams.position(positionId).isEmpty()) {
			throw new NotFoundException("Position", positionId);
		}
		if (profileId == null || !teams.profileExists(profileId)) {
			throw new BadRequestException("profileId", "is not a profile");
		}
		teams.addPlayer(positionId, profileId);
	}

	@Transactional
	public void removePlayer(long positionId, long profileId) {
		if (!teams.removePlayer(positionId, profileId)) {
			throw new NotFoundException("Player", profileId);
		}
	}

	@Transactional(readOnly = true)
	public List<Long> positionsOf(long profileId) {
		if (!teams.profileExists(profileId)) {
			throw new NotFoundException("Profile", profileId);
		}
		return teams.positionsOf(profileId);
	}

	/** Replaces the positions a profile plays. */
	@Transactional
	public List<Long> setPositions(long profileId, List<Long> positionIds) {
		if (positionIds == null || positionIds.stream().anyMatch(id -> id == null)) {
			throw new BadRequestException("positionIds", "must be a list of position ids");
		}
		List<Long> ids = List.copyOf(new LinkedHashSet<>(positionIds));
		if (ids.size() > MAX_POSITIONS_PER_PROFILE) {
			throw new BadRequestException("positionIds", "at most " + MAX_POSITIONS_PER_PROFILE + " positions");
		}
		if (!teams.profileExists(profileId)) {
			throw new NotFoundException("Profile", profileId);
		}
		if (teams.countPositions(ids) != ids.size()) {
			throw new BadRequestException("positionIds", "names a position that does not exist");
		}
		teams.clearPositionsOf(profileId);
		teams.insertPositionsOf(profileId, ids);
		return teams.positionsOf(profileId);
	}

	private static String name(NameInput input) {
		String name = input == null || input.name() == null ? "" : input.name().strip();
		if (name.isEmpty()) {
			throw new BadRequestException("name", "is required");
		}
		if (name.length() > 100) {
			throw new BadRequestException("name", "must be at most 100 characters");
		}
		return name;
	}

}
