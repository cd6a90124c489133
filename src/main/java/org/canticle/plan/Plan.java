package org.canticle.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A service plan with its items in order; {@code leaderId} is null when it has no leader
 * (or the leader was removed).
 */
public record Plan(long id, LocalDate date, String title, Long leaderId, String leaderName, String notes, int version,
		Instant createdAt, Instant updatedAt, List<PlanItem> items) {
}
