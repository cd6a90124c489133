package org.canticle.schedule;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.canticle.mail.Email;
import org.canticle.mail.MailSettings;
import org.canticle.mail.Outbox;

import org.springframework.stereotype.Component;

/**
 * The emails scheduling sends: a request with its accept and decline links, a reminder, a
 * notice to the leader when someone declines. Each is queued in the outbox inside the
 * transaction of the change that causes it. The HTML part comes from a template (which
 * escapes what people typed), the text part is plain.
 */
@Component
class ScheduleMail {

	private final Outbox outbox;

	private final TemplateEngine templates;

	private final ResponseLinks links;

	private final MailSettings mail;

	private final LocalTimes times;

	ScheduleMail(Outbox outbox, TemplateEngine templates, ResponseLinks links, MailSettings mail, LocalTimes times) {
		this.outbox = outbox;
		this.templates = templates;
		this.links = links;
		this.mail = mail;
		this.times = times;
	}

	MailAbout about(String personName, String positionName, ScheduleRepository.PlanHead plan,
			List<PlanTime> planTimes) {
		return new MailAbout(personName, positionName, plan.id(), plan.title(),
				org.canticle.system.Format.date(plan.date()), planTimes.stream().map(times::describe).toList(),
				plan.leaderName());
	}

	void request(String recipient, long assignmentId, String nonce, Instant expiresAt, MailAbout about) {
		String accept = link(assignmentId, ResponseLinks.Answer.ACCEPT, expiresAt, nonce);
		String decline = link(assignmentId, ResponseLinks.Answer.DECLINE, expiresAt, nonce);
		String subject = "Can you serve as " + about.positionName() + " on " + about.planDate() + "?";
		StringBuilder text = new StringBuilder();
		text.append("Hello ").append(about.personName()).append(",\n\n");
		text.append("You are asked to serve as ")
			.append(about.positionName())
			.append(" for \"")
			.append(about.planTitle())
			.append("\" on ")
			.append(about.planDate())
			.append(".\n");
		appendTimes(text, about);
		text.append("\nAccept: ").append(accept).append("\nDecline: ").append(decline).append("\n\n");
		text.append("Each link works once, until ").append(times.dateTime(expiresAt)).append(". ");
		text.append("You can also answer on My schedule: ").append(mail.base()).append("/my/schedule\n");
		Map<String, Object> model = model(about);
		model.put("accept", accept);
		model.put("decline", decline);
		model.put("expires", times.dateTime(expiresAt));
		outbox.enqueue(new Email(recipient, subject, text.toString(), html("mail/request.jte", model)));
	}

	void reminder(String recipient, long assignmentId, String nonce, boolean pending, Instant expiresAt,
			MailAbout about) {
		String subject = "Reminder: " + about.positionName() + " on " + about.planDate();
		StringBuilder text = new StringBuilder();
		text.append("Hello ").append(about.personName()).append(",\n\n");
		text.append(pending ? "You have not answered yet: can you serve as " : "You serve as ")
			.append(about.positionName())
			.append(" for \"")
			.append(about.planTitle())
			.append("\" on ")
			.append(about.planDate())
			.append(pending ? "?\n" : ".\n");
		appendTimes(text, about);
		Map<String, Object> model = model(about);
		model.put("pending", pending);
		if (pending) {
			String accept = link(assignmentId, ResponseLinks.Answer.ACCEPT, expiresAt, nonce);
			String decline = link(assignmentId, ResponseLinks.Answer.DECLINE, expiresAt, nonce);
			text.append("\nAccept: ").append(accept).append("\nDecline: ").append(decline).append("\n");
			model.put("accept", accept);
			model.put("decline", decline);
		}
		else {
			model.put("accept", null);
			model.put("decline", null);
		}
		text.append("\nMy schedule: ").append(mail.base()).append("/my/schedule\n");
		outbox.enqueue(new Email(recipient, subject, text.toString(), html("mail/reminder.jte", model)));
	}

	void declined(String recipient, String reason, MailAbout about) {
		String subject = about.personName() + " declined " + about.positionName() + " on " + about.planDate();
		StringBuilder text = new StringBuilder();
		text.append(about.personName())
			.append(" cannot serve as ")
			.append(about.positionName())
			.append(" for \"")
			.append(about.planTitle())
			.append("\" on ")
			.append(about.planDate())
			.append(".\n");
		if (reason != null && !reason.isBlank()) {
			text.append("Reason: ").append(reason).append("\n");
		}
		String schedule = mail.base() + "/plans/" + about.planId() + "/schedule";
		text.append("\nSchedule someone else: ").append(schedule).append("\n");
		Map<String, Object> model = model(about);
		model.put("reason", reason == null ? "" : reason);
		model.put("schedule", schedule);
		outbox.enqueue(new Email(recipient, subject, text.toString(), html("mail/declined.jte", model)));
	}

	private String link(long assignmentId, ResponseLinks.Answer answer, Instant expiresAt, String nonce) {
		return mail.base() + "/respond/" + links.token(assignmentId, answer, expiresAt, nonce);
	}

	private static void appendTimes(StringBuilder text, MailAbout about) {
		if (!about.times().isEmpty()) {
			text.append("\n");
			about.times().forEach(time -> text.append("- ").append(time).append("\n"));
		}
	}

	private static Map<String, Object> model(MailAbout about) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("about", about);
		return model;
	}

	private String html(String template, Map<String, Object> model) {
		StringOutput output = new StringOutput();
		templates.render(template, model, output);
		return output.toString();
	}

}
