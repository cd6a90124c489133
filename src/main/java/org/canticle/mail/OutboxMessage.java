package org.canticle.mail;

import java.time.Instant;

/** A message in the outbox, as the sender and the admin page see it. */
public record OutboxMessage(long id, String recipient, String subject, String text, String html, Instant createdAt,
		int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
