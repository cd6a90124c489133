package org.canticle.schedule;

import org.canticle.account.AccountPrincipal;

import org.springframework.security.core.Authentication;

/**
 * Who is asking, as scheduling needs it: the profile linked to their account (their
 * assignments and blockouts) and whether they schedule others (leaders and admins).
 */
record Caller(Long profileId, boolean editor, Long userId) {

	static Caller of(Authentication authentication) {
		boolean editor = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_LEADER") || a.getAuthority().equals("ROLE_ADMIN"));
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return new Caller(principal.profileId(), editor, principal.id());
		}
		return new Caller(null, editor, null);
	}

}
