package org.canticle.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each message is sent inside the transaction that locks its row
 * ({@code FOR UPDATE SKIP LOCKED}) and marks it sent: several instances, or threads,
 * never send the same message, and a message whose sending failed stays for a later
 * attempt, after a back-off that doubles up to {@link MailSettings#maxRetry()}. Nothing
 * is given up: after an outage of any length every waiting message goes, once. (A crash
 * between the SMTP server's acceptance and the commit would send that one message again:
 * the Message-ID, made from the outbox id, lets a mail system recognise the duplicate.)
 * <p>
 * Without {@code spring.mail.host} there is no mail sender and nothing runs: messages
 * wait, and the admin page says so.
 */
@Component
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** Messages sent in one round at most, so a round stays short. */
	static final int ROUND_SIZE = 50;

	private final OutboxRepository messages;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transaction;

	private final MailSettings settings;

	private final Clock clock;

	private volatile ScheduledExecutorService scheduler;

	OutboxSender(OutboxRepository messages, ObjectProvider<JavaMailSender> senders, TransactionTemplate transaction,
			MailSettings settings, Clock clock) {
		this.messages = messages;
		this.senders = senders;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sends the messages due, one transaction each, until none is due, one fails (the
	 * server is likely down: the others wait for the next round) or the round is full.
	 * @return how many were sent
	 */
	int sendDue() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		while (sent < ROUND_SIZE) {
			Boolean delivered = transaction.execute(status -> sendOne(sender));
			if (!Boolean.TRUE.equals(delivered)) {
				return sent;
			}
			sent++;
		}
		return sent;
	}

	/** true: one was sent; false: none due or it failed. */
	private boolean sendOne(JavaMailSender sender) {
		Instant now = clock.instant();
		Optional<OutboxMessage> due = messages.lockNextDue(now);
		if (due.isEmpty()) {
			return false;
		}
		OutboxMessage message = due.get();
		try {
			sender.send(mime(sender, message));
			messages.markSent(message.id(), clock.instant());
			return true;
		}
		catch (MailException | MessagingException ex) {
			Duration wait = backOff(message.attempts() + 1);
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			messages.markFailed(message.id(), clock.instant().plus(wait),
					error.length() > 500 ? error.substring(0, 500) : error);
			log.warn("Email {} to {} not sent (attempt {}), next try in {}: {}", message.id(), message.recipient(),
					message.attempts() + 1, wait, ex.getMessage());
			return false;
		}
	}

	/** firstRetry, doubled with each failure, at most maxRetry. */
	Duration backOff(int failures) {
		Duration wait = settings.firstRetry();
		for (int i = 1; i < failures && wait.compareTo(settings.maxRetry()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		helper.setFrom(new InternetAddress(settings.from()));
		helper.setTo(new InternetAddress(message.recipient()));
		helper.setSubject(message.subject());
		helper.setText(message.text(), message.html());
		// JavaMailSenderImpl keeps a Message-ID set beforehand
		mime.setHeader("Message-ID", "<outbox-" + message.id() + "@canticle>");
		return mime;
	}

	private void round() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			// the database may be away: the next round tries again
			log.debug("Outbox round failed: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		if (senders.getIfAvailable() == null) {
			log.info("No SMTP server configured (spring.mail.host): emails wait in the outbox");
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "outbox-sender");
			thread.setDaemon(true);
			return thread;
		});
		long interval = settings.pollInterval().toMillis();
		scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = scheduler;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
