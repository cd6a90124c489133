package org.canticle.schedule;

import java.util.List;

/**
 * A template as the API takes it: items {type SONG|HEADER, songId?, title}, times {kind,
 * dayOffset -14..14, startTime "19:30", durationMinutes?}, needs {positionId, needed}.
 */
public record TemplateInput(String name, String title, String notes, List<ItemInput> items, List<TimeInput> times,
		List<NeedInput> needs) {

	/** A header or a song slot. */
	public record ItemInput(String type, Long songId, String title) {
	}

	/** A time relative to the plan's date. */
	public record TimeInput(TimeKind kind, Integer dayOffset, String startTime, Integer durationMinutes) {
	}

}
