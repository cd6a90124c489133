package org.canticle.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.canticle.system.BadRequestException;
import org.canticle.system.FormErrors;
import org.canticle.system.Pages;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My schedule: what I am asked to serve at (accept or decline there), my blockout dates,
 * my calendar feed. Every signed-in member, for the profile linked to their account.
 */
@Pages
class MyPages {

	private final ScheduleService schedule;

	private final PersonalFeed feed;

	private final LocalTimes times;

	MyPages(ScheduleService schedule, PersonalFeed feed, LocalTimes times) {
		this.schedule = schedule;
		this.feed = feed;
		this.times = times;
	}

	@GetMapping("/my/schedule")
	String mine(Authentication authentication, Model model) {
		return mine(authentication, new BlockoutForm("", "", "", ""), Map.of(), model);
	}

	private String mine(Authentication authentication, BlockoutForm form, Map<String, String> errors, Model model) {
		Long profile = Caller.of(authentication).profileId();
		model.addAttribute("linked", profile != null);
		model.addAttribute("mine", profile == null ? null : schedule.mySchedule(profile));
		model.addAttribute("feedUrl", profile == null ? null : feed.url(profile));
		model.addAttribute("times", times);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "schedule/my";
	}

	@PostMapping("/my/assignments/{id}/respond")
	String respond(@PathVariable long id, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "") String reason, Authentication authentication,
			RedirectAttributes redirect) {
		AssignmentStatus status = "ACCEPTED".equals(answer) ? AssignmentStatus.ACCEPTED
				: "DECLINED".equals(answer) ? AssignmentStatus.DECLINED : null;
		try {
			schedule.respond(id, new ResponseInput(status, reason.length() > 500 ? reason.substring(0, 500) : reason),
					Caller.of(authentication));
			redirect.addFlashAttribute("notice", status == AssignmentStatus.ACCEPTED ? "Thank you: accepted."
					: "Declined: the leader has been told.");
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
		}
		return "redirect:/my/schedule";
	}

	@PostMapping("/my/blockouts")
	String addBlockout(@RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
			@RequestParam(defaultValue = "") String repeatUntil, @RequestParam(defaultValue = "") String reason,
			Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		BlockoutForm form = new BlockoutForm(startsOn, endsOn, repeatUntil, reason);
		long profile = MyScheduleApiController.profile(authentication);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate start = date(startsOn, "startsOn", errors);
		LocalDate end = date(endsOn, "endsOn", errors);
		LocalDate until = date(repeatUntil, "repeatUntil", errors);
		if (errors.isEmpty()) {
			try {
				schedule.addBlockout(profile, new BlockoutInput(start, end, until, reason));
				redirect.addFlashAttribute("notice", "Blockout saved: leaders see it when scheduling.");
				return "redirect:/my/schedule";
			}
			catch (BadRequestException ex) {
				errors.putAll(FormErrors.of(ex));
			}
		}
		response.setStatus(422);
		return mine(authentication, form, errors, model);
	}

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "must be a date like 2031-12-07");
			return null;
		}
	}

	@PostMapping("/my/blockouts/{id}/remove")
	String removeBlockout(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		schedule.removeBlockout(MyScheduleApiController.profile(authentication), id);
		redirect.addFlashAttribute("notice", "Blockout removed.");
		return "redirect:/my/schedule";
	}

	@PostMapping("/my/calendar/rotate")
	String rotate(Authentication authentication, RedirectAttributes redirect) {
		feed.rotate(MyScheduleApiController.profile(authentication));
		redirect.addFlashAttribute("notice", "Your calendar has a new address; the old one no longer works.");
		return "redirect:/my/schedule";
	}

}
