package org.canticle.mail;

import java.time.Instant;
import java.util.List;

/**
 * What the admin page shows: whether SMTP is configured, how many messages wait, and the
 * latest ones.
 *
 * @param configured whether {@code spring.mail.host} is set
 * @param waiting messages not sent yet
 * @param failing of those, the ones whose last attempt failed
 * @param oldestWaiting when the oldest waiting message was written, or null
 */
public record OutboxStatus(boolean configured, long waiting, long failing, Instant oldestWaiting,
		List<OutboxMessage> latest) {
}
