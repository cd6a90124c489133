package org.canticle.system;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's frame needs: who is signed in, whether they may change things, and
 * the CSRF token that every POST form and every htmx request carries.
 *
 * @param userName the signed-in user's name, or null when nobody is
 * @param editor true for leaders and admins, who may change songs, profiles and plans
 * @param csrf the request's token, or null where CSRF protection is off
 */
public record Layout(String userName, boolean editor, CsrfToken csrf) {

	public static final String ATTRIBUTE = "layout";

	public boolean signedIn() {
		return userName != null;
	}

	/**
	 * For the page routes that change things: the edit buttons are hidden from members,
	 * and this refuses the request should one come anyway (403), whatever the security
	 * configuration's matchers say.
	 */
	public void requireEditor() {
		if (!editor) {
			throw new AccessDeniedException("Only leaders and admins change songs, profiles and plans.");
		}
	}

}
