package org.canticle.schedule;

import java.time.LocalTime;
import java.util.List;

/**
 * A plan to start from: its items (headers and song slots), its times relative to the
 * plan's date, and the positions it needs ("2 × Vocals, 1 × Keys").
 */
public record PlanTemplate(long id, String name, String title, String notes, List<Item> items, List<Time> times,
		List<Need> needs) {

	/**
	 * A header, or a song slot: with a song it becomes a song item, without one a header
	 * naming the slot ("Opening song").
	 */
	public record Item(String type, Long songId, String songTitle, String title) {
	}

	/**
	 * A time: days from the plan's date (-3: the Thursday before a Sunday), local time,
	 * minutes.
	 */
	public record Time(TimeKind kind, int dayOffset, LocalTime startTime, Integer durationMinutes) {
	}

	/** A position and how many. */
	public record Need(long positionId, String label, int needed) {
	}

	/** "2 × Vocals, 1 × Keys" */
	public String needsSummary() {
		return String.join(", ", needs.stream().map(n -> n.needed() + " × " + n.label()).toList());
	}

}
