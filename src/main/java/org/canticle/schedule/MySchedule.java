package org.canticle.schedule;

import java.time.LocalDate;
import java.util.List;

/** Someone's coming assignments with their plans' times, and their blockouts. */
public record MySchedule(Long profileId, String profileName, List<Item> items, List<Blockout> blockouts) {

	/** An assignment with its plan. */
	public record Item(Assignment assignment, LocalDate date, String planTitle, List<PlanTime> times) {
	}

}
