package org.canticle.schedule;

import java.time.LocalDate;

/**
 * Days someone cannot serve: from {@code startsOn} to {@code endsOn} (the same day when
 * absent), repeated every week until {@code repeatUntil} when given.
 */
public record BlockoutInput(LocalDate startsOn, LocalDate endsOn, LocalDate repeatUntil, String reason) {
}
