package org.canticle.schedule;

import java.time.LocalDate;
import java.util.List;

/** A plan's times, the positions it needs and who was asked to fill them. */
public record PlanSchedule(long planId, LocalDate date, String title, Long leaderId, String leaderName,
		List<PlanTime> times, List<PlanNeed> needs, List<Assignment> assignments) {

	/** The assignments of one position, in the order they were made. */
	public List<Assignment> on(long positionId) {
		return assignments.stream().filter(a -> a.positionId() != null && a.positionId() == positionId).toList();
	}

	/** Assignments whose position is no longer needed or was deleted. */
	public List<Assignment> elsewhere() {
		return assignments.stream()
			.filter(a -> a.positionId() == null || needs.stream().noneMatch(n -> n.positionId() == a.positionId()))
			.toList();
	}

}
