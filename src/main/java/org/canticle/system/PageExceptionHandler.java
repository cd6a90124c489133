package org.canticle.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The frame and the errors of {@link Pages pages}. Ordered before
 * {@link ApiExceptionHandler}, which would otherwise answer a missing song on a page with
 * problem JSON; API controllers never reach this advice.
 */
@ControllerAdvice(annotations = Pages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	static final String VIEW = "system/error";

	@ModelAttribute(Layout.ATTRIBUTE)
	Layout layout(HttpServletRequest request, Authentication authentication) {
		return layoutOf(request, authentication);
	}

	static Layout layoutOf(HttpServletRequest request, Authentication authentication) {
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		boolean editor = signedIn && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_LEADER") || a.getAuthority().equals("ROLE_ADMIN"));
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Layout(signedIn ? authentication.getName() : null, editor, csrf);
	}

	@ExceptionHandler(ErrorResponseException.class)
	String errorResponse(ErrorResponseException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return page(ex, request, response, model);
	}

	/**
	 * Spring MVC's own exceptions (unsupported method, missing parameter …) and
	 * Canticle's problems alike.
	 */
	private static String page(ErrorResponse ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		ProblemDetail problem = ex.getBody();
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		String title = problem.getTitle() != null ? problem.getTitle() : status.getReasonPhrase();
		String detail = problem.getDetail() != null ? problem.getDetail() : "";
		return page(status, title, detail, request, response, model);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		HttpStatus status = ex.getParameter().hasParameterAnnotation(PathVariable.class) ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST;
		return page(status, status == HttpStatus.NOT_FOUND ? "Page not found" : "Invalid request",
				status == HttpStatus.NOT_FOUND ? "There is no such page." : ex.getName() + " is not a valid value.",
				request, response, model);
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model)
			throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex; // Spring Security's filters answer these: the sign-in page, or 403
		}
		if (ex instanceof ErrorResponse error) {
			return page(error, request, response, model);
		}
		if (DatabaseProblems.map(ex) != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseProblems.RETRY_AFTER_SECONDS));
			return page(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"The database is busy or unavailable. Please try again in a few seconds.", request, response,
					model);
		}
		log.error("Unexpected error on {}", request.getRequestURI(), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"Something went wrong on our side. It has been logged; please try again.", request, response, model);
	}

	private static String page(HttpStatus status, String title, String detail, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute(Layout.ATTRIBUTE, layoutOf(request, SecurityContextHolder.getContext().getAuthentication()));
		model.addAttribute("status", status.value());
		model.addAttribute("title", title);
		model.addAttribute("detail", detail);
		return VIEW;
	}

}
