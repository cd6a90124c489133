package org.canticle.sharing;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** What a guest sees through a share link: the plan, and nothing else. */
@Controller
class SharePage {

	private final ShareService shares;

	SharePage(ShareService shares) {
		this.shares = shares;
	}

	@GetMapping("/share/{token}")
	ModelAndView show(@PathVariable String token) {
		return shares.open(token)
			.map(plan -> new ModelAndView("sharing/plan").addObject("plan", plan))
			// revoked, expired and never-existing links look the same
			.orElseGet(() -> new ModelAndView("sharing/missing", HttpStatus.NOT_FOUND));
	}

}
