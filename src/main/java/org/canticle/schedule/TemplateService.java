package org.canticle.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.canticle.plan.ItemInput;
import org.canticle.plan.ItemType;
import org.canticle.plan.Plan;
import org.canticle.plan.PlanInput;
import org.canticle.plan.PlanItem;
import org.canticle.plan.PlanService;
import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.FieldProblem;
import org.canticle.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan templates: made through the API or saved from a plan, and new plans made from them
 * with their items, times and needed positions, in one transaction. The plan and its
 * items are written by the plan feature, as any other plan.
 */
@Service
public class TemplateService {

	static final int MAX_ITEMS = 100;

	static final int MAX_TIMES = 20;

	private final TemplateRepository templates;

	private final PlanService plans;

	private final ScheduleRepository schedule;

	private final TeamRepository teams;

	private final LocalTimes times;

	TemplateService(TemplateRepository templates, PlanService plans, ScheduleRepository schedule, TeamRepository teams,
			LocalTimes times) {
		this.templates = templates;
		this.plans = plans;
		this.schedule = schedule;
		this.teams = teams;
		this.times = times;
	}

	/** Every template: four statements. */
	@Transactional(readOnly = true)
	public List<PlanTemplate> templates() {
		return templates.templates(null);
	}

	@Transactional(readOnly = true)
	public PlanTemplate template(long id) {
		return templates.templates(id).stream().findFirst().orElseThrow(() -> new NotFoundException("Template", id));
	}

	@Transactional
	public PlanTemplate create(TemplateInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = text(input.name(), "name", 100, true, problems);
		String title = text(input.title(), "title", 200, true, problems);
		String notes = text(input.notes(), "notes", 4000, false, problems);
		List<TemplateInput.ItemInput> items = input.items() == null ? List.of() : input.items();
		List<TemplateInput.TimeInput> timeInputs = input.times() == null ? List.of() : input.times();
		List<NeedInput> needs = input.needs() == null ? List.of() : input.needs();
		if (items.size() > MAX_ITEMS) {
			problems.add(new FieldProblem("items", "at most " + MAX_ITEMS));
		}
		if (timeInputs.size() > MAX_TIMES) {
			problems.add(new FieldProblem("times", "at most " + MAX_TIMES));
		}
		for (int i = 0; i < items.size(); i++) {
			TemplateInput.ItemInput item = items.get(i);
			if (item == null || !("SONG".equals(item.type()) || "HEADER".equals(item.type()))) {
				problems.add(new FieldProblem("items[" + i + "].type", "must be SONG or HEADER"));
				continue;
			}
			if ("HEADER".equals(item.type()) && (item.title() == null || item.title().isBlank())) {
				problems.add(new FieldProblem("items[" + i + "].title", "is required for a header"));
			}
			if (item.title() != null && item.title().length() > 200) {
				problems.add(new FieldProblem("items[" + i + "].title", "must be at most 200 characters"));
			}
			if (item.songId() != null && !templates.songExists(item.songId())) {
				problems.add(new FieldProblem("items[" + i + "].songId", "is not a song in the library"));
			}
		}
		List<PlanTemplate.Time> parsedTimes = new ArrayList<>();
		for (int i = 0; i < timeInputs.size(); i++) {
			TemplateInput.TimeInput time = timeInputs.get(i);
			String at = "times[" + i + "].";
			if (time == null || time.kind() == null) {
				problems.add(new FieldProblem(at + "kind", "must be SERVICE or REHEARSAL"));
				continue;
			}
			int offset = time.dayOffset() == null ? 0 : time.dayOffset();
			if (offset < -14 || offset > 14) {
				problems.add(new FieldProblem(at + "dayOffset", "must be between -14 and 14"));
			}
			LocalTime start = null;
			try {
				start = LocalTime.parse(time.startTime() == null ? "" : time.startTime().strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem(at + "startTime", "must be a time like 09:30"));
			}
			if (time.durationMinutes() != null && (time.durationMinutes() < 1 || time.durationMinutes() > 1440)) {
				problems.add(new FieldProblem(at + "durationMinutes", "must be between 1 and 1440"));
			}
			parsedTimes.add(new PlanTemplate.Time(time.kind(), offset, start, time.durationMinutes()));
		}
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < needs.size(); i++) {
			NeedInput need = needs.get(i);
			String at = "needs[" + i + "].";
			if (need == null || need.positionId() == null || teams.position(need.positionId()).isEmpty()) {
				problems.add(new FieldProblem(at + "positionId", "is not a position"));
			}
			else if (!seen.add(need.positionId())) {
				problems.add(new FieldProblem(at + "positionId", "is listed twice"));
			}
			if (need != null && (need.needed() < 1 || need.needed() > 50)) {
				problems.add(new FieldProblem(at + "needed", "must be between 1 and 50"));
			}
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		if (templates.nameTaken(name)) {
			throw new ConflictException("Template exists", "There is a template called " + name + " already.");
		}
		long id = templates.insert(name, title, notes, times.now());
		for (int i = 0; i < items.size(); i++) {
			TemplateInput.ItemInput item = items.get(i);
			templates.insertItem(id, i, item.type(), item.songId(), item.title() == null ? "" : item.title().strip());
		}
		for (int i = 0; i < parsedTimes.size(); i++) {
			templates.insertTime(id, i, parsedTimes.get(i));
		}
		for (NeedInput need : needs) {
			templates.insertNeed(id, need.positionId(), need.needed());
		}
		return template(id);
	}

	/**
	 * A template from a plan: its items (songs stay songs), its times relative to its
	 * date, its needed positions.
	 */
	@Transactional
	public PlanTemplate saveFromPlan(long planId, String name) {
		Plan plan = plans.get(planId);
		List<TemplateInput.ItemInput> items = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			items.add(item.type() == ItemType.SONG ? new TemplateInput.ItemInput("SONG", item.songId(), item.title())
					: new TemplateInput.ItemInput("HEADER", null, item.title()));
		}
		List<TemplateInput.TimeInput> planTimes = new ArrayList<>();
		for (PlanTime time : schedule.times(planId)) {
			LocalDate day = times.date(time.startsAt());
			LocalTime start = time.startsAt().atZone(times.zone()).toLocalTime();
			Integer minutes = time.endsAt() == null ? null
					: (int) ChronoUnit.MINUTES.between(time.startsAt(), time.endsAt());
			planTimes.add(new TemplateInput.TimeInput(time.kind(), (int) ChronoUnit.DAYS.between(plan.date(), day),
					start.toString(), minutes));
		}
		List<NeedInput> needs = schedule.needs(planId)
			.stream()
			.map(need -> new NeedInput(need.positionId(), need.needed()))
			.toList();
		return create(new TemplateInput(name, plan.title(), plan.notes(), items, planTimes, needs));
	}

	/** What a new plan from a template takes. */
	public record NewPlan(Long templateId, LocalDate date, String title, Long leaderId) {
	}

	/**
	 * A plan from a template: its items (a song slot without a song, or with a song that
	 * has left the library, becomes a header naming it), its times on the plan's date in
	 * the team's zone, its needed positions.
	 */
	@Transactional
	public long createPlan(NewPlan input) {
		if (input.templateId() == null) {
			throw new BadRequestException("templateId", "is required");
		}
		if (input.date() == null) {
			throw new BadRequestException("date", "is required");
		}
		PlanTemplate template = templates.templates(input.templateId())
			.stream()
			.findFirst()
			.orElseThrow(() -> new BadRequestException("templateId", "is not a template"));
		String title = input.title() == null || input.title().isBlank() ? template.title() : input.title().strip();
		long planId = plans.create(new PlanInput(input.date(), title, input.leaderId(), template.notes())).plan().id();
		for (PlanTemplate.Item item : template.items()) {
			boolean song = "SONG".equals(item.type()) && item.songId() != null && templates.songExists(item.songId());
			String label = item.title().isBlank() ? (item.songTitle() != null ? item.songTitle() : "Song")
					: item.title();
			plans.addItem(planId, null, song ? new ItemInput(ItemType.SONG, item.songId(), null, null, null, null, null)
					: new ItemInput(ItemType.HEADER, null, label, null, null, null, null));
		}
		for (PlanTemplate.Time time : template.times()) {
			var start = times.instant(input.date().plusDays(time.dayOffset()).atTime(time.startTime()));
			var end = time.durationMinutes() == null ? null : start.plusSeconds(60L * time.durationMinutes());
			schedule.insertTime(planId, time.kind(), start, end);
		}
		for (PlanTemplate.Need need : template.needs()) {
			schedule.setNeed(planId, need.positionId(), need.needed());
		}
		return planId;
	}

	@Transactional
	public void delete(long id) {
		if (!templates.delete(id)) {
			throw new NotFoundException("Template", id);
		}
	}

	private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
		String text = value == null ? "" : value.strip();
		if (required && text.isEmpty()) {
			problems.add(new FieldProblem(field, "is required"));
		}
		if (text.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		return text;
	}

}
