package org.canticle.account;

import org.canticle.system.BadRequestException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, your account, your password and your API tokens. */
@Controller
class AccountPages {

	private final TokenService tokens;

	private final UserService users;

	private final UserRepository repository;

	private final PasswordEncoder encoder;

	AccountPages(TokenService tokens, UserService users, UserRepository repository, PasswordEncoder encoder) {
		this.tokens = tokens;
		this.users = users;
		this.repository = repository;
		this.encoder = encoder;
	}

	@GetMapping("/login")
	String login(Authentication authentication, CsrfToken csrf, Model model,
			@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String expired) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("csrf", csrf);
		// one message for an unknown email, a wrong password and a disabled account alike
		model.addAttribute("alert", locked != null ? PasswordAuthenticationProvider.LOCKED
				: error != null ? PasswordAuthenticationProvider.FAILED : null);
		model.addAttribute("notice", logout != null ? "You have signed out."
				: expired != null ? "Your session has ended. Please sign in again." : null);
		return "account/login";
	}

	@GetMapping("/account")
	String account(Authentication authentication, CsrfToken csrf, Model model) {
		model.addAttribute("csrf", csrf);
		model.addAttribute("user", CurrentUser.of(authentication));
		return "account/home";
	}

	@PostMapping("/account/password")
	String changePassword(Authentication authentication, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, RedirectAttributes redirect) {
		AccountPrincipal me = CurrentUser.of(authentication);
		var credentials = repository.findCredentials(me.email());
		if (credentials.isEmpty() || !encoder.matches(currentPassword, credentials.get().passwordHash())) {
			redirect.addFlashAttribute("alert", "Your current password is not right.");
			return "redirect:/account";
		}
		try {
			users.resetPassword(me.id(), newPassword);
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("alert",
					"The new password " + ex.getBody().getDetail().replace("password: ", ""));
			return "redirect:/account";
		}
		// resetPassword ends every session of the user, this one included: sign in with
		// the new password
		return "redirect:/login?expired=1";
	}

	@GetMapping("/account/tokens")
	String tokens(Authentication authentication, CsrfToken csrf, Model model) {
		AccountPrincipal me = CurrentUser.of(authentication);
		model.addAttribute("csrf", csrf);
		model.addAttribute("tokens", tokens.list(me.id()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(Authentication authentication, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			NewApiToken created = tokens.create(CurrentUser.of(authentication), name);
			// a flash attribute: shown on the next page only, then gone from the session
			redirect.addFlashAttribute("newToken", created.token());
			redirect.addFlashAttribute("notice",
					"Token “" + created.name() + "” created. Copy it now: it is not shown again.");
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("alert", "Token " + ex.getBody().getDetail());
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(Authentication authentication, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(CurrentUser.of(authentication), id);
		redirect.addFlashAttribute("notice", "Token revoked: it no longer works.");
		return "redirect:/account/tokens";
	}

}
