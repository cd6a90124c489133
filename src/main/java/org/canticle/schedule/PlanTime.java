package org.canticle.schedule;

import java.time.Instant;

/**
 * A service or a rehearsal of a plan: instants, shown in the team's zone. {@code endsAt}
 * is optional.
 */
public record PlanTime(long id, long planId, TimeKind kind, Instant startsAt, Instant endsAt) {

	boolean overlaps(PlanTime other) {
		Instant end = endsAt != null ? endsAt : startsAt.plusSeconds(3600);
		Instant otherEnd = other.endsAt != null ? other.endsAt : other.startsAt.plusSeconds(3600);
		return startsAt.isBefore(otherEnd) && other.startsAt.isBefore(end);
	}

}
