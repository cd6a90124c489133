package org.canticle.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.canticle.profile.ProfileService;
import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.FormErrors;
import org.canticle.system.Layout;
import org.canticle.system.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leaders' scheduling pages: teams and positions, a plan's schedule (times, needed
 * positions, who is asked), the picker, and the plans × positions matrix. Members see the
 * schedule and the matrix; leaders and admins change them.
 */
@Pages
class SchedulePages {

	private final TeamService teams;

	private final ScheduleService schedule;

	private final ProfileService profiles;

	private final LocalTimes times;

	SchedulePages(TeamService teams, ScheduleService schedule, ProfileService profiles, LocalTimes times) {
		this.teams = teams;
		this.schedule = schedule;
		this.profiles = profiles;
		this.times = times;
	}

	@GetMapping("/teams")
	String teams(Model model) {
		model.addAttribute("teams", teams.teams());
		model.addAttribute("profiles", profiles.list(0, ProfileService.MAX_PAGE_SIZE).items());
		return "schedule/teams";
	}

	@PostMapping("/teams")
	String createTeam(@RequestParam(defaultValue = "") String name, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/teams", () -> teams.createTeam(new NameInput(name)), "Team added.");
	}

	@PostMapping("/teams/{id}/delete")
	String deleteTeam(@PathVariable long id, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/teams", () -> teams.deleteTeam(id), "Team removed.");
	}

	@PostMapping("/teams/{id}/positions")
	String addPosition(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/teams", () -> teams.addPosition(id, new NameInput(name)), "Position added.");
	}

	@PostMapping("/positions/{id}/delete")
	String deletePosition(@PathVariable long id, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/teams", () -> teams.deletePosition(id), "Position removed.");
	}

	@PostMapping("/positions/{id}/players")
	String addPlayer(@PathVariable long id, @RequestParam(required = false) Long profileId,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/teams", () -> teams.addPlayer(id, profileId), "Player added.");
	}

	@PostMapping("/positions/{id}/players/{profileId}/remove")
	String removePlayer(@PathVariable long id, @PathVariable long profileId,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/teams", () -> teams.removePlayer(id, profileId), "Player removed.");
	}

	@GetMapping("/plans/{id}/schedule")
	String schedule(@PathVariable long id, Model model) {
		return schedule(id, new TimeForm("SERVICE", "", ""), Map.of(), model);
	}

	private String schedule(long id, TimeForm timeForm, Map<String, String> errors, Model model) {
		PlanSchedule plan = schedule.schedule(id);
		model.addAttribute("plan", plan);
		model.addAttribute("teams", teams.teams());
		model.addAttribute("times", times);
		model.addAttribute("timeForm", timeForm.startsAt().isEmpty()
				? new TimeForm(timeForm.kind(), plan.date() + "T09:00", timeForm.endsAt()) : timeForm);
		model.addAttribute("errors", errors);
		return "schedule/plan";
	}

	@PostMapping("/plans/{id}/times")
	String addTime(@PathVariable long id, @RequestParam(defaultValue = "SERVICE") String kind,
			@RequestParam(defaultValue = "") String startsAt, @RequestParam(defaultValue = "") String endsAt,
			@ModelAttribute(binding = false) Layout layout, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		layout.requireEditor();
		TimeForm form = new TimeForm(kind, startsAt, endsAt);
		Map<String, String> errors = new LinkedHashMap<>();
		TimeKind parsed = kind.equals("REHEARSAL") ? TimeKind.REHEARSAL
				: kind.equals("SERVICE") ? TimeKind.SERVICE : null;
		try {
			schedule.addTime(id, new TimeInput(parsed, startsAt, endsAt));
			redirect.addFlashAttribute("notice", (parsed == TimeKind.REHEARSAL ? "Rehearsal" : "Service") + " added.");
			return "redirect:/plans/" + id + "/schedule";
		}
		catch (BadRequestException ex) {
			errors.putAll(FormErrors.of(ex));
		}
		response.setStatus(422);
		return schedule(id, form, errors, model);
	}

	@PostMapping("/plans/{id}/times/{timeId}/remove")
	String removeTime(@PathVariable long id, @PathVariable long timeId, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/plans/" + id + "/schedule", () -> schedule.removeTime(id, timeId), "Time removed.");
	}

	@PostMapping("/plans/{id}/needs")
	String setNeed(@PathVariable long id, @RequestParam(required = false) Long positionId,
			@RequestParam(defaultValue = "1") int needed, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/plans/" + id + "/schedule",
				() -> schedule.setNeed(id, new NeedInput(positionId, needed)), "Saved the positions needed.");
	}

	@PostMapping("/plans/{id}/needs/{positionId}/remove")
	String removeNeed(@PathVariable long id, @PathVariable long positionId,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/plans/" + id + "/schedule", () -> schedule.removeNeed(id, positionId),
				"The plan no longer needs that position.");
	}

	@GetMapping("/plans/{id}/schedule/{positionId}")
	String picker(@PathVariable long id, @PathVariable long positionId, @ModelAttribute(binding = false) Layout layout,
			Model model) {
		layout.requireEditor();
		model.addAttribute("picker", schedule.picker(id, positionId));
		return "schedule/picker";
	}

	@PostMapping("/plans/{id}/assignments")
	String assign(@PathVariable long id, @RequestParam(required = false) Long positionId,
			@RequestParam(required = false) Long profileId, @RequestParam(defaultValue = "false") boolean confirm,
			@ModelAttribute(binding = false) Layout layout, Authentication authentication, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		layout.requireEditor();
		try {
			ScheduleService.Assigned assigned = schedule.assign(id, new AssignInput(positionId, profileId, confirm),
					Caller.of(authentication).userId());
			Assignment assignment = assigned.assignment();
			redirect.addFlashAttribute("notice",
					"Asked " + assignment.profileName() + " to serve as " + assignment.positionName() + "."
							+ (assigned.emailed() ? " They get an email to accept or decline."
									: " They have no email address: ask them in person, or answer for them below."));
			return "redirect:/plans/" + id + "/schedule";
		}
		catch (ScheduleConflictException ex) {
			response.setStatus(409);
			model.addAttribute("planId", id);
			model.addAttribute("positionId", positionId);
			model.addAttribute("profileId", profileId);
			model.addAttribute("warnings",
					ex.warnings().stream().map(ScheduleConflictException.Warning::message).toList());
			return "schedule/confirm";
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
			return "redirect:/plans/" + id + "/schedule";
		}
	}

	@PostMapping("/plans/{id}/assignments/{assignmentId}/remove")
	String unassign(@PathVariable long id, @PathVariable long assignmentId,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return done(redirect, "/plans/" + id + "/schedule", () -> schedule.unassign(id, assignmentId),
				"Removed from the schedule.");
	}

	@PostMapping("/plans/{id}/assignments/{assignmentId}/answer")
	String answerFor(@PathVariable long id, @PathVariable long assignmentId, @RequestParam String answer,
			@ModelAttribute(binding = false) Layout layout, Authentication authentication,
			RedirectAttributes redirect) {
		layout.requireEditor();
		AssignmentStatus status = "ACCEPTED".equals(answer) ? AssignmentStatus.ACCEPTED
				: "DECLINED".equals(answer) ? AssignmentStatus.DECLINED : null;
		return done(redirect, "/plans/" + id + "/schedule",
				() -> schedule.respond(assignmentId, new ResponseInput(status, null), Caller.of(authentication)),
				"Answer saved.");
	}

	@GetMapping("/schedule")
	String matrix(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("matrix", schedule.matrix(from, to));
		return "schedule/matrix";
	}

	private static String done(RedirectAttributes redirect, String to, Runnable action, String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (BadRequestException | ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
		}
		return "redirect:" + to;
	}

	/** For pages listing what can be picked. */
	static List<String> kinds() {
		return List.of("SERVICE", "REHEARSAL");
	}

}
