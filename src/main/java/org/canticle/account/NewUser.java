package org.canticle.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to add a user: they pass the first password on;
 * {@link PasswordPolicy} checks it.
 */
record NewUser(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 120) String displayName,
		@NotNull Role role, @NotNull @Size(max = 200) String password, Long profileId) {

	@Override
	public String toString() {
		return "NewUser[" + email + ", " + role + "]";
	}

}
