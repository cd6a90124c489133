package org.canticle.schedule;

/** The blockout form as typed, so that nothing typed is lost on an error. */
public record BlockoutForm(String startsOn, String endsOn, String repeatUntil, String reason) {
}
