package org.canticle.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Input that passed bean validation but breaks a rule only the service can check: 400
 * with field errors.
 */
public class BadRequestException extends ErrorResponseException {

	public BadRequestException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public BadRequestException(List<FieldProblem> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
	}

	private static ProblemDetail problem(List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.size() == 1
				? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
