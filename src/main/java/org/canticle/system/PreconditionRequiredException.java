package org.canticle.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A replace without If-Match could overwrite someone else's change unseen: 428. */
public class PreconditionRequiredException extends ErrorResponseException {

	public PreconditionRequiredException() {
		super(HttpStatus.PRECONDITION_REQUIRED, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
				"Send the ETag you last read in an If-Match header, so that a change made meanwhile is not overwritten.");
		problem.setTitle("If-Match required");
		return problem;
	}

}
