package org.canticle.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A resource the caller named does not exist (or is not visible to them): 404. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, problem(what, id), null);
	}

	private static ProblemDetail problem(String what, Object id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				what + " " + id + " does not exist.");
		problem.setTitle(what + " not found");
		return problem;
	}

}
