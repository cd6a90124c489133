package org.canticle.account;

import java.time.Instant;

/**
 * A user as the API and pages show it. Deliberately without the password hash: it never
 * leaves the repository.
 */
public record UserAccount(long id, String email, String displayName, Role role, boolean enabled, Long profileId,
		Instant createdAt, Instant updatedAt, int version) {

	AccountPrincipal principal() {
		return new AccountPrincipal(id, email, displayName, role, profileId);
	}

}
