package org.canticle.sharing;

import java.time.Instant;

/**
 * A share link as its plan's leaders see it in a list: never the token, only its first
 * characters.
 */
public record ShareLink(long id, long planId, String prefix, Instant createdAt, Long createdBy, Instant expiresAt,
		Instant revokedAt) {
}
