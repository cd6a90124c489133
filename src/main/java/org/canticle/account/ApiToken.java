package org.canticle.account;

import java.time.Instant;

/**
 * An API token as its owner sees it in a list: never the token itself, only its first
 * characters.
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
