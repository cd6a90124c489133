package org.canticle.schedule;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Teams", description = "Teams (Band, Vocals, Tech), their positions, and who plays which")
class TeamApiController {

	private final TeamService teams;

	TeamApiController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping(path = "/api/teams", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every team with its positions and their players")
	List<Team> list() {
		return teams.teams();
	}

	@PostMapping(path = "/api/teams", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a team", description = "A name taken already (case ignored) is 409.")
	ResponseEntity<Team> create(@RequestBody NameInput input) {
		Team team = teams.createTeam(input);
		return ResponseEntity.created(URI.create("/api/teams/" + team.id())).body(team);
	}

	@DeleteMapping("/api/teams/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a team with its positions",
			description = "Plans stop needing its positions; assignments keep the position's name.")
	void delete(@PathVariable long id) {
		teams.deleteTeam(id);
	}

	@PostMapping(path = "/api/teams/{id}/positions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a position to a team")
	ResponseEntity<TeamPosition> addPosition(@PathVariable long id, @RequestBody NameInput input) {
		TeamPosition position = teams.addPosition(id, input);
		return ResponseEntity.created(URI.create("/api/positions/" + position.id())).body(position);
	}

	@DeleteMapping("/api/positions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a position", description = "Assignments on it keep its name.")
	void deletePosition(@PathVariable long id) {
		teams.deletePosition(id);
	}

	@GetMapping(path = "/api/profiles/{id}/positions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The positions a profile plays")
	Map<String, List<Long>> positions(@PathVariable long id) {
		return Map.of("positionIds", teams.positionsOf(id));
	}

	@PutMapping(path = "/api/profiles/{id}/positions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set the positions a profile plays",
			description = "Body {\"positionIds\": [..]}; an unknown position is 400. The profile then belongs to those positions' teams.")
	Map<String, List<Long>> setPositions(@PathVariable long id, @RequestBody PositionsInput input) {
		return Map.of("positionIds", teams.setPositions(id, input == null ? null : input.positionIds()));
	}

	/** The positions a profile plays. */
	record PositionsInput(List<Long> positionIds) {
	}

}
