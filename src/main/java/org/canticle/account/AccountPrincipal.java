package org.canticle.account;

import java.io.Serializable;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the security context holds them, for a session or an API token.
 * Two principals are the same user when their ids are equal: the session registry finds a
 * user's sessions by it, to end them when an admin disables the user or changes their
 * role.
 */
public record AccountPrincipal(long id, String email, String displayName, Role role,
		Long profileId) implements Serializable {

	/**
	 * The user of the current request, when they signed in with an account (not a share
	 * link, not a test's mock).
	 */
	public static Optional<AccountPrincipal> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return email;
	}

}
