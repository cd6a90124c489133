package org.canticle.schedule;

/**
 * Ask someone to serve on a position the plan needs. {@code confirm}: schedule them even
 * when they are booked at the same time or blocked out.
 */
public record AssignInput(Long positionId, Long profileId, boolean confirm) {
}
