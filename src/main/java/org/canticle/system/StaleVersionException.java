package org.canticle.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Someone else changed the resource since the caller read it: 412, nothing written. */
public class StaleVersionException extends ErrorResponseException {

	public StaleVersionException(String what, Object id, Integer currentVersion) {
		super(HttpStatus.PRECONDITION_FAILED, problem(what, id, currentVersion), null);
	}

	private static ProblemDetail problem(String what, Object id, Integer currentVersion) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, what + " " + id
				+ " was changed by someone else since you read it. Reload it, reapply your change and save again.");
		problem.setTitle("Changed meanwhile");
		if (currentVersion != null) {
			problem.setProperty("currentVersion", currentVersion);
		}
		return problem;
	}

}
