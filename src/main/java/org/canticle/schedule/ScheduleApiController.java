package org.canticle.schedule;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scheduling",
		description = "A plan's times and needed positions, who is asked to serve, their answers, the matrix")
class ScheduleApiController {

	private final ScheduleService schedule;

	ScheduleApiController(ScheduleService schedule) {
		this.schedule = schedule;
	}

	@GetMapping(path = "/api/plans/{id}/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A plan's times, needed positions and assignments",
			description = "Times are instants (UTC); assignments carry status PENDING, ACCEPTED or DECLINED (with declineReason). An assignment whose profile was deleted keeps the name, with profileId null and removed true. Four SQL statements, whatever the plan holds.")
	PlanSchedule get(@PathVariable long id) {
		return schedule.schedule(id);
	}

	@PostMapping(path = "/api/plans/{id}/times", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a service or rehearsal",
			description = "{kind: SERVICE|REHEARSAL, startsAt, endsAt?}: ISO date-times with an offset, or local ones read in canticle.time-zone. endsAt not after startsAt is 400 (field endsAt).")
	ResponseEntity<PlanTime> addTime(@PathVariable long id, @RequestBody TimeInput input) {
		PlanTime time = schedule.addTime(id, input);
		return ResponseEntity.created(URI.create("/api/plans/" + id + "/times/" + time.id())).body(time);
	}

	@DeleteMapping("/api/plans/{id}/times/{timeId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeTime(@PathVariable long id, @PathVariable long timeId) {
		schedule.removeTime(id, timeId);
	}

	@PutMapping(path = "/api/plans/{id}/needs", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set the positions a plan needs",
			description = "The whole list: [{positionId, needed}], needed 1 to 50. Assignments stay.")
	void setNeeds(@PathVariable long id, @RequestBody List<NeedInput> needs) {
		schedule.replaceNeeds(id, needs == null ? List.of() : needs);
	}

	@PostMapping(path = "/api/plans/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask someone to serve",
			description = "{positionId, profileId, confirm}. The position must be one the plan needs (else 400, field positionId); an unknown profile is 400 (field profileId). Someone already scheduled at the same time or blocked out on the plan's days gets 409 with warnings, unless confirm is true. A request email with accept and decline links is queued in the same transaction (emailed: false when the profile has no email).")
	ResponseEntity<ScheduleService.Assigned> assign(@PathVariable long id, @RequestBody AssignInput input,
			Authentication authentication) {
		ScheduleService.Assigned assigned = schedule.assign(id, input, Caller.of(authentication).userId());
		return ResponseEntity.created(URI.create("/api/plans/" + id + "/assignments/" + assigned.assignment().id()))
			.body(assigned);
	}

	@DeleteMapping("/api/plans/{id}/assignments/{assignmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unassign(@PathVariable long id, @PathVariable long assignmentId) {
		schedule.unassign(id, assignmentId);
	}

	@GetMapping(path = "/api/plans/{id}/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The people to pick from for a position",
			description = "Who plays the position first; each FREE, SCHEDULED (that day, with where) or BLOCKED_OUT (with the blockout), and when they last served. Leaders and admins only: it shows blockout reasons.")
	Picker candidates(@PathVariable long id, @RequestParam long positionId) {
		return schedule.picker(id, positionId);
	}

	@GetMapping(path = "/api/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Plans × positions",
			description = "The plans from `from` (default today, in canticle.time-zone) to `to` (default eight weeks on), at most 40, each position any of them needs, and per plan and position how many are needed and who was asked with their answers. Four SQL statements.")
	Matrix matrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return schedule.matrix(from, to);
	}

	@PostMapping(path = "/api/assignments/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Answer a request",
			description = "{answer: ACCEPTED|DECLINED, reason?}. Members answer their own (the profile linked to their account); leaders and admins anyone's. A decline emails the plan's leader.")
	Assignment respond(@PathVariable long id, @Valid @RequestBody ResponseInput input, Authentication authentication) {
		return schedule.respond(id, input, Caller.of(authentication));
	}

}
