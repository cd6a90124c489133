package org.canticle.profile;

import java.time.Instant;
import java.util.List;

/** A team member with the key they take each song in. */
public record Profile(long id, String name, String email, List<String> instruments, String notes,
		List<PreferredKey> preferredKeys, Instant createdAt, Instant updatedAt, int version) {
}
