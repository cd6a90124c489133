package org.canticle.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan in a listing: its fields and how many items it has. */
public record PlanSummary(long id, LocalDate date, String title, Long leaderId, String leaderName, String notes,
		int itemCount, int version, Instant updatedAt) {
}
