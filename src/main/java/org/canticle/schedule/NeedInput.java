package org.canticle.schedule;

/** How many people a plan needs on a position: 1 to 50. */
public record NeedInput(Long positionId, int needed) {
}
