package org.canticle.schedule;

import java.util.List;

/** The people to choose from for one position of a plan. */
public record Picker(long planId, String planTitle, String planDate, PlanNeed need, int filled,
		List<Candidate> candidates) {
}
