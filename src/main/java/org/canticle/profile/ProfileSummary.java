package org.canticle.profile;

import java.time.Instant;
import java.util.List;

/** A profile in a listing: everything but its preferred keys. */
public record ProfileSummary(long id, String name, String email, List<String> instruments, String notes,
		Instant createdAt, Instant updatedAt, int version) {

	Profile withKeys(List<PreferredKey> keys) {
		return new Profile(id, name, email, instruments, notes, keys, createdAt, updatedAt, version);
	}

}
