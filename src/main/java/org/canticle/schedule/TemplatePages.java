package org.canticle.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.canticle.profile.ProfileService;
import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.Layout;
import org.canticle.system.Pages;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Templates: the list, a new plan from one, a plan saved as one. */
@Pages
class TemplatePages {

	private final TemplateService templates;

	private final ProfileService profiles;

	private final LocalTimes times;

	TemplatePages(TemplateService templates, ProfileService profiles, LocalTimes times) {
		this.templates = templates;
		this.profiles = profiles;
		this.times = times;
	}

	@GetMapping("/templates")
	String list(Model model) {
		model.addAttribute("templates", templates.templates());
		model.addAttribute("profiles", profiles.list(0, ProfileService.MAX_PAGE_SIZE).items());
		model.addAttribute("sunday",
				times.today()
					.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY))
					.toString());
		return "schedule/templates";
	}

	@PostMapping("/templates/{id}/plans")
	String createPlan(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) Long leaderId,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		try {
			LocalDate day = LocalDate.parse(date.strip());
			long plan = templates.createPlan(new TemplateService.NewPlan(id, day, title, leaderId));
			redirect.addFlashAttribute("notice", "Plan created from the template: schedule its people below.");
			return "redirect:/plans/" + plan + "/schedule";
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("alert", "Give the plan's date, like 2031-12-07.");
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
		}
		return "redirect:/templates";
	}

	@PostMapping("/templates/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		templates.delete(id);
		redirect.addFlashAttribute("notice", "Template removed.");
		return "redirect:/templates";
	}

	@PostMapping("/plans/{id}/template")
	String saveFromPlan(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		try {
			templates.saveFromPlan(id, name);
			redirect.addFlashAttribute("notice", "Saved as the template “" + name.strip() + "”.");
			return "redirect:/templates";
		}
		catch (BadRequestException | ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
			return "redirect:/plans/" + id + "/schedule";
		}
	}

}
