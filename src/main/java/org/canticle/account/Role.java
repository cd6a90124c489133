package org.canticle.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do. ADMIN: everything, users and settings included. LEADER: songs,
 * plans and profiles. MEMBER: reads songs and plans, and sets the preferred keys of the
 * profile linked to their account.
 */
public enum Role {

	ADMIN, LEADER, MEMBER;

	/**
	 * The Spring Security authority: {@code ROLE_ADMIN} etc., what
	 * {@code hasRole("ADMIN")} checks.
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
