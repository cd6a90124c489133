package org.canticle.schedule;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Scheduling someone who is booked at the same time or blocked out: 409 with the
 * warnings, until the request is repeated with {@code confirm: true}.
 */
class ScheduleConflictException extends ErrorResponseException {

	private final transient List<Warning> warnings;

	ScheduleConflictException(List<Warning> warnings) {
		super(HttpStatus.CONFLICT, problem(warnings), null);
		this.warnings = warnings;
	}

	List<Warning> warnings() {
		return warnings;
	}

	private static ProblemDetail problem(List<Warning> warnings) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				String.join(" ", warnings.stream().map(Warning::message).toList())
						+ " Send the request again with \"confirm\": true to schedule them anyway.");
		problem.setTitle("Needs confirmation");
		problem.setProperty("warnings", warnings);
		return problem;
	}

	/** Why scheduling someone needs a second thought. */
	record Warning(Kind kind, String message) {

		enum Kind {

			/**
			 * scheduled at the same time (or on the same day) elsewhere, or on another
			 * position of this plan
			 */
			DOUBLE_BOOKED,
			/** a blockout covers a day of the plan */
			BLOCKED_OUT

		}

	}

}
