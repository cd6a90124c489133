package org.canticle.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code GET /api/plans/{id}/songs}: the plan's heading and its songs in
 * order.
 */
public record PlanSongList(long planId, LocalDate date, String title, Long leaderId, String leaderName, int version,
		List<PlanSong> songs) {
}
