package org.canticle.schedule;

import java.time.Instant;

/**
 * Someone asked to serve on a position of a plan, and their answer. The position and
 * person names are as they were when asked: {@code profileId} is null once the profile is
 * deleted ({@code removed}), and the history of who served stays.
 */
public record Assignment(long id, long planId, Long positionId, String positionName, Long profileId, String profileName,
		AssignmentStatus status, String declineReason, Instant respondedAt, Instant createdAt) {

	public boolean removed() {
		return profileId == null;
	}

}
