package org.canticle.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plans × positions: for each plan in the range and each position any of them needs, how
 * many are needed and who was asked, with their answers.
 */
public record Matrix(LocalDate from, LocalDate to, List<Column> plans, List<Row> positions,
		Map<Long, Map<Long, Cell>> cells) {

	/** A plan. */
	public record Column(long id, LocalDate date, String title) {
	}

	/** A position. */
	public record Row(long positionId, String label) {
	}

	/**
	 * One plan's position: needed (0 when the plan does not need it) and who was asked.
	 */
	public record Cell(int needed, List<Assignment> assignments) {

		public long accepted() {
			return assignments.stream().filter(a -> a.status() == AssignmentStatus.ACCEPTED).count();
		}

		/** Asked and not declined, fewer than needed. */
		public boolean short_() {
			return assignments.stream().filter(a -> a.status() != AssignmentStatus.DECLINED).count() < needed;
		}

	}

	public Cell cell(long planId, long positionId) {
		return cells.getOrDefault(planId, Map.of()).getOrDefault(positionId, new Cell(0, List.of()));
	}

}
