package org.canticle.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;

/**
 * The signed-in account, for the routes that act on "my" things (my tokens, my password).
 */
final class CurrentUser {

	private CurrentUser() {
	}

	/**
	 * @throws ErrorResponseException 403 when the request is not signed in with a
	 * Canticle account
	 */
	static AccountPrincipal of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"This needs a Canticle account: sign in with your email and password.");
		problem.setTitle("Account required");
		throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
	}

}
