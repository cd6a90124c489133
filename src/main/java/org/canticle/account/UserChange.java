package org.canticle.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to change a user: role, enabled and linked profile (null unlinks)
 * are replaced; a display name or a new password only when given.
 */
record UserChange(@Size(min = 1, max = 120) String displayName, @NotNull Role role, @NotNull Boolean enabled,
		Long profileId, @Size(max = 200) String password) {

	@Override
	public String toString() {
		return "UserChange[" + role + ", enabled=" + enabled + ", profile=" + profileId + "]";
	}

}
