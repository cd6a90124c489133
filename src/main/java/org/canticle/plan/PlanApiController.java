package org.canticle.plan;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.canticle.system.ETags;
import org.canticle.system.ResultPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plans",
		description = "Service plans: a date, a leader and songs in order, each in the key it is played in")
class PlanApiController {

	private final PlanService plans;

	PlanApiController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "Plans in a date range, newest first",
			description = "from and to (ISO dates, inclusive) are both optional; from after to is 400. Each plan comes with its itemCount, not its items.")
	ResultPage<PlanSummary> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(PlanService.MAX_PAGE_SIZE) int size) {
		return plans.list(from, to, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One plan with its items",
			description = "Song items carry the song's title and the RESOLVED key: the item's own key if set (keySource ITEM), else the leader's preferred key for the song (LEADER), else the song's original key (SONG); defaultKey is the key without the item's own. Archived songs stay in their plans, marked archived. Sends an ETag that changes with the plan, its items, their songs and the leader's keys; If-None-Match with it answers 304.")
	ResponseEntity<Plan> get(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		return ETags.<Plan>notModified(ifNoneMatch, () -> plans.state(id).map(state -> state.etag(PlanState.PLAN, id)))
			.orElseGet(() -> {
				PlanRead read = plans.read(id);
				return ResponseEntity.ok().eTag(read.state().etag(PlanState.PLAN, id)).body(read.plan());
			});
	}

	@GetMapping("/{id}/songs")
	@Operation(summary = "The plan's songs in order, ready to play",
			description = "Each song with its fields, its resolved key (as in GET /api/plans/{id}), capo, the item's notes and its ChordPro chart in that key; headers are left out. Sends an ETag; If-None-Match with it answers 304.")
	ResponseEntity<PlanSongList> songs(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		return ETags
			.<PlanSongList>notModified(ifNoneMatch,
					() -> plans.state(id).map(state -> state.etag(PlanState.PLAN_SONGS, id)))
			.orElseGet(() -> {
				PlanService.SongsView view = plans.songs(id);
				return ResponseEntity.ok().eTag(view.state().etag(PlanState.PLAN_SONGS, id)).body(view.songs());
			});
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a plan",
			description = "Without items: add them with POST /api/plans/{id}/items. An unknown leaderId is 400.")
	ResponseEntity<Plan> create(@Valid @RequestBody PlanInput input) {
		PlanRead read = plans.create(input);
		return ResponseEntity.created(URI.create("/api/plans/" + read.plan().id()))
			.eTag(read.state().etag(PlanState.PLAN, read.plan().id()))
			.body(read.plan());
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a plan's own fields",
			description = "date, title, leaderId and notes; items change through the item endpoints. Needs If-Match with the plan's ETag: 428 without it, 412 when the plan or its items changed meanwhile (a change to a song or to the leader's keys alone is no conflict).")
	ResponseEntity<Plan> replace(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody PlanInput input) {
		Integer expected = PlanETags.expectedVersion(ifMatch, id, true);
		PlanRead read = plans.replace(id, expected, input);
		return ResponseEntity.ok().eTag(read.state().etag(PlanState.PLAN, id)).body(read.plan());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a plan", description = "With its items. Its songs stay in the library.")
	void delete(@PathVariable long id) {
		plans.delete(id);
	}

}
