package org.canticle.plan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/plans/{id}/items", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan items",
		description = "The songs and headers of a plan. Every change bumps the plan's version, so its ETag changes. If-Match with the plan's ETag is optional here: when sent, a stale one is 412; nothing else is required.")
class PlanItemApiController {

	private static final String IF_MATCH_NOTE = " If-Match with the plan's ETag is optional: when sent and stale, 412 and nothing changes.";

	private final PlanService plans;

	PlanItemApiController(PlanService plans) {
		this.plans = plans;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a song or a header",
			description = "A song: {type: SONG, songId, key?, capo?, notes?, position?}; an unknown song is 404, an archived one 400. A header: {type: HEADER, title, notes?, position?}. Goes at the end unless position is given (later items move down one). 201 with the item, resolved as in GET /api/plans/{id}."
					+ IF_MATCH_NOTE)
	ResponseEntity<PlanItem> add(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ItemInput input) {
		PlanItem item = plans.addItem(id, PlanETags.expectedVersion(ifMatch, id, false), input);
		return ResponseEntity.created(URI.create("/api/plans/" + id + "/items/" + item.id())).body(item);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reorder the items",
			description = "The body is the list of ALL the plan's item ids in their new order; a list that leaves one out, names one twice or names another plan's item is 400 and nothing changes. Answers with the plan, as GET /api/plans/{id}."
					+ IF_MATCH_NOTE)
	ResponseEntity<Plan> reorder(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody @NotNull @Size(max = PlanService.MAX_ITEMS) List<Long> itemIds) {
		PlanRead read = plans.reorder(id, PlanETags.expectedVersion(ifMatch, id, false), itemIds);
		return ResponseEntity.ok().eTag(read.state().etag(PlanState.PLAN, id)).body(read.plan());
	}

	@PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an item",
			description = "Replaces its editable fields: for a song key (null: back to defaultKey), capo and notes; for a header title and notes."
					+ IF_MATCH_NOTE)
	PlanItem change(@PathVariable long id, @PathVariable long itemId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ItemChange change) {
		return plans.changeItem(id, itemId, PlanETags.expectedVersion(ifMatch, id, false), change);
	}

	@DeleteMapping("/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an item", description = "The items after it move up one." + IF_MATCH_NOTE)
	void remove(@PathVariable long id, @PathVariable long itemId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		plans.removeItem(id, itemId, PlanETags.expectedVersion(ifMatch, id, false));
	}

}
