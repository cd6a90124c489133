package org.canticle.schedule;

import jakarta.servlet.http.HttpServletResponse;

import org.canticle.system.Pages;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an emailed accept or decline link opens, without signing in. Opening it shows
 * what is being confirmed and changes nothing (mail scanners open links); the button does
 * it, once. A changed, expired or used link gets a page that says so.
 */
@Pages
class RespondPages {

	private final ScheduleService schedule;

	RespondPages(ScheduleService schedule) {
		this.schedule = schedule;
	}

	@GetMapping("/respond/{token}")
	String show(@PathVariable String token, HttpServletResponse response, Model model) {
		ScheduleService.LinkView view = schedule.link(token);
		response.setStatus(status(view.state()));
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "schedule/respond";
	}

	@PostMapping("/respond/{token}")
	String answer(@PathVariable String token, @RequestParam(defaultValue = "") String reason,
			HttpServletResponse response, Model model) {
		ScheduleService.LinkView view = schedule.answerByLink(token,
				reason.length() > 500 ? reason.substring(0, 500) : reason);
		response.setStatus(status(view.state()));
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("done", view.state() == ScheduleService.LinkState.VALID);
		return "schedule/respond";
	}

	private static int status(ScheduleService.LinkState state) {
		return switch (state) {
			case VALID -> 200;
			case INVALID -> 404;
			case EXPIRED -> 410;
			case USED -> 409;
		};
	}

}
