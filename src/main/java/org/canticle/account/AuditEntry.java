package org.canticle.account;

import java.time.Instant;

/** One line of the audit log: who did what to which thing, and when. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actor, String action, String targetKind,
		Long targetId, String detail) {
}
