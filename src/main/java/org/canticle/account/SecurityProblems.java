package org.canticle.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.canticle.system.DatabaseProblems;
import org.canticle.system.ProblemWriter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * The API's 401, 403, 429 and (for a token check without a database) 503 answers, as
 * problem details: security filters run before MVC's error handling.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter writer;

	private final SecuritySettings settings;

	SecurityProblems(ProblemWriter writer, SecuritySettings settings) {
		this.writer = writer;
		this.settings = settings;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LockedException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(settings.login().lockDuration().toSeconds()));
			writer.write(response, problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
					PasswordAuthenticationProvider.LOCKED));
			return;
		}
		unauthorized(response, "Sign in, or send an API token: Authorization: Bearer <token>.");
	}

	void unauthorized(HttpServletResponse response, String detail) throws IOException {
		// Bearer, not Basic: a Basic challenge would make browsers pop up their own
		// password dialog
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"canticle\"");
		writer.write(response, problem(HttpStatus.UNAUTHORIZED, "Authentication required", detail));
	}

	/** 503 with Retry-After: a check that needs the database could not be made. */
	void unavailable(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseProblems.RETRY_AFTER_SECONDS));
		writer.write(response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			writer.write(response, problem(HttpStatus.FORBIDDEN, "CSRF token missing or invalid",
					"Requests signed in by the session must send the page's CSRF token (header X-CSRF-TOKEN, from "
							+ "<meta name=\"_csrf\">). Scripts should use an API token instead."));
			return;
		}
		writer.write(response, problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this."));
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
