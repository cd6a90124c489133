package org.canticle.schedule;

/**
 * A service or rehearsal to add. Times are ISO date-times, with an offset or local to the
 * team's zone ("2031-12-07T09:00"); {@code endsAt} is optional and after the start.
 */
public record TimeInput(TimeKind kind, String startsAt, String endsAt) {
}
