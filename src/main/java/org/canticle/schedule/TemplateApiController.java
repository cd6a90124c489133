package org.canticle.schedule;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plan templates", description = "Plans to start from: items, times relative to the date, positions needed")
class TemplateApiController {

	private final TemplateService templates;

	TemplateApiController(TemplateService templates) {
		this.templates = templates;
	}

	@GetMapping(path = "/api/templates", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every template with its items, times and needs")
	List<PlanTemplate> list() {
		return templates.templates();
	}

	@GetMapping(path = "/api/templates/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	PlanTemplate get(@PathVariable long id) {
		return templates.template(id);
	}

	@PostMapping(path = "/api/templates", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a template",
			description = "{name, title, notes?, items: [{type: SONG|HEADER, songId?, title}], times: [{kind, dayOffset (-14..14), startTime \"19:30\", durationMinutes?}], needs: [{positionId, needed}]}. A song slot may name no song: the plan gets a header with its title.")
	ResponseEntity<PlanTemplate> create(@RequestBody TemplateInput input) {
		PlanTemplate template = templates.create(input);
		return ResponseEntity.created(URI.create("/api/templates/" + template.id())).body(template);
	}

	@DeleteMapping("/api/templates/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		templates.delete(id);
	}

	@PostMapping(path = "/api/plans/{id}/template", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a plan as a template",
			description = "{name}: the plan's items, its times relative to its date, its needed positions.")
	ResponseEntity<PlanTemplate> saveFromPlan(@PathVariable long id, @RequestBody NameInput input) {
		PlanTemplate template = templates.saveFromPlan(id, input == null ? null : input.name());
		return ResponseEntity.created(URI.create("/api/templates/" + template.id())).body(template);
	}

	@PostMapping(path = "/api/templates/{id}/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new plan from a template",
			description = "{date, title?, leaderId?}: 201 with Location of the plan (GET /api/plans/{id}, its schedule at /api/plans/{id}/schedule).")
	ResponseEntity<Void> createPlan(@PathVariable long id, @RequestBody TemplateService.NewPlan input) {
		long plan = templates.createPlan(new TemplateService.NewPlan(id, input == null ? null : input.date(),
				input == null ? null : input.title(), input == null ? null : input.leaderId()));
		return ResponseEntity.created(URI.create("/api/plans/" + plan)).build();
	}

}
