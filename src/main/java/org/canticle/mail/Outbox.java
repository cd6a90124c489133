package org.canticle.mail;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features put the emails their changes cause. A message is a row written in the
 * caller's own transaction: it exists exactly when the change does (a rolled-back
 * assignment sends no request), and an SMTP outage cannot lose it. {@link OutboxSender}
 * delivers it later.
 */
@Service
public class Outbox {

	static final int LATEST_SHOWN = 20;

	private final OutboxRepository messages;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	Outbox(OutboxRepository messages, ObjectProvider<JavaMailSender> sender, Clock clock) {
		this.messages = messages;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Queues a message in the transaction of the change that causes it: one statement.
	 * There must be such a transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(Email email) {
		messages.insert(email, clock.instant());
	}

	/** For the admin page: three statements. */
	@Transactional(readOnly = true)
	public OutboxStatus status() {
		long[] counts = messages.counts();
		return new OutboxStatus(sender.getIfAvailable() != null, counts[0], counts[1],
				messages.oldestWaiting().orElse(null), messages.latest(LATEST_SHOWN));
	}

}
