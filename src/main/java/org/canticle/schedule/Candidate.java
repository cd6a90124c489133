package org.canticle.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone the picker offers for a position: whether they play it, whether they are free,
 * blocked out (and why) or already scheduled that day (and where), and when they last
 * served.
 */
public record Candidate(long profileId, String name, boolean hasEmail, boolean playsPosition, Availability availability,
		String blockout, List<String> scheduled, LocalDate lastServed, boolean onThisPosition) {

	/** What the picker shows first. */
	public enum Availability {

		FREE, SCHEDULED, BLOCKED_OUT;

		public String label() {
			return switch (this) {
				case FREE -> "Free";
				case SCHEDULED -> "Already scheduled that day";
				case BLOCKED_OUT -> "Blocked out";
			};
		}

	}

}
