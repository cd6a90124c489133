package org.canticle.account;

import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' pages: users and the audit log. */
@Controller
class AdminPages {

	static final int AUDIT_PAGE_SIZE = 50;

	private final UserService users;

	private final AuditTrail audit;

	AdminPages(UserService users, AuditTrail audit) {
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/admin/users")
	String users(CsrfToken csrf, Model model) {
		model.addAttribute("csrf", csrf);
		model.addAttribute("users", users.list());
		model.addAttribute("roles", Role.values());
		return "account/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "MEMBER") Role role, @RequestParam(defaultValue = "") String password,
			@RequestParam(required = false) Long profileId, RedirectAttributes redirect) {
		if (email.isBlank() || displayName.isBlank() || displayName.length() > 120 || email.length() > 254) {
			redirect.addFlashAttribute("alert", "Give an email and a name.");
			return "redirect:/admin/users";
		}
		try {
			UserAccount user = users.create(new NewUser(email, displayName, role, password, profileId));
			redirect.addFlashAttribute("notice", "Added " + user.email() + ". Pass the password on to them.");
		}
		catch (BadRequestException | ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @RequestParam Role role, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) Long profileId, RedirectAttributes redirect) {
		try {
			UserAccount user = users.update(id, null, new UserChange(null, role, enabled, profileId, null));
			redirect.addFlashAttribute("notice", "Saved " + user.email() + ".");
		}
		catch (BadRequestException | ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.getBody().getDetail());
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, Math.min(page, 100_000));
		model.addAttribute("log", audit.page(null, null, current, AUDIT_PAGE_SIZE));
		return "account/audit";
	}

}
