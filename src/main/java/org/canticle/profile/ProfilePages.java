package org.canticle.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.FormErrors;
import org.canticle.system.Layout;
import org.canticle.system.Pages;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's profiles and their preferred keys. Reading is for everyone; changes for
 * leaders and admins.
 */
@Pages
class ProfilePages {

	static final int PAGE_SIZE = 100;

	private final ProfileService profiles;

	private final Validator validator;

	ProfilePages(ProfileService profiles, Validator validator) {
		this.profiles = profiles;
		this.validator = validator;
	}

	@GetMapping("/profiles")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		return list(page, ProfileForm.empty(), Map.of(), model);
	}

	@PostMapping("/profiles")
	String create(@ModelAttribute("profileForm") ProfileForm form, @ModelAttribute(binding = false) Layout layout,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		layout.requireEditor();
		ProfileInput input = form.input();
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(validator.validate(input)));
		if (errors.isEmpty()) {
			try {
				Profile profile = profiles.create(input);
				redirect.addFlashAttribute("notice", "Added " + profile.name() + ".");
				return "redirect:/profiles/" + profile.id();
			}
			catch (BadRequestException ex) {
				errors.putAll(FormErrors.of(ex));
			}
			catch (ConflictException ex) {
				errors.put("email", "is already another profile's");
			}
		}
		response.setStatus(422);
		return list(0, form, errors, model);
	}

	private String list(int page, ProfileForm form, Map<String, String> errors, Model model) {
		model.addAttribute("profiles", profiles.list(Math.min(Math.max(page, 0), 100_000), PAGE_SIZE));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "profile/list";
	}

	@GetMapping("/profiles/{id}")
	String profile(@PathVariable long id, Model model) {
		model.addAttribute("profile", profiles.get(id));
		return "profile/profile";
	}

	/**
	 * Sets (or, with an empty key, clears) a preferred key; from the profile page or the
	 * song page.
	 */
	@PostMapping("/profiles/{id}/keys/{songId}")
	String setKey(@PathVariable long id, @PathVariable long songId, @RequestParam(defaultValue = "") String key,
			@RequestParam(required = false) String back, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		if (key.isBlank()) {
			profiles.clearPreferredKey(id, songId);
			redirect.addFlashAttribute("notice", "Preferred key cleared.");
		}
		else {
			try {
				PreferredKey saved = profiles.setPreferredKey(id, songId, key);
				redirect.addFlashAttribute("notice",
						"Preferred key for “" + saved.songTitle() + "” set to " + saved.key() + ".");
			}
			catch (BadRequestException ex) {
				redirect.addFlashAttribute("notice", "Not saved: " + key + " is not a key.");
			}
		}
		return "redirect:" + backTo(back, id);
	}

	@PostMapping("/profiles/{id}/keys/{songId}/clear")
	String clearKey(@PathVariable long id, @PathVariable long songId, @RequestParam(required = false) String back,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		profiles.clearPreferredKey(id, songId);
		redirect.addFlashAttribute("notice", "Preferred key cleared.");
		return "redirect:" + backTo(back, id);
	}

	/**
	 * Only back to a song or this profile: a redirect target taken from a form must not
	 * lead off the site.
	 */
	private static String backTo(String back, long profileId) {
		if (back != null && back.matches("/songs/\\d+")) {
			return back;
		}
		return "/profiles/" + profileId;
	}

}
