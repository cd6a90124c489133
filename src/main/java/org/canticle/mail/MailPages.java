package org.canticle.mail;

import org.canticle.system.Pages;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admins' view of outgoing email: whether SMTP is configured, what waits, what failed
 * and why.
 */
@Pages
class MailPages {

	private final Outbox outbox;

	private final MailSettings settings;

	MailPages(Outbox outbox, MailSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	@GetMapping("/admin/email")
	String status(Model model) {
		model.addAttribute("status", outbox.status());
		model.addAttribute("settings", settings);
		return "mail/outbox";
	}

}
