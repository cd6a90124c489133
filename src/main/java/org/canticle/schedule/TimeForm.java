package org.canticle.schedule;

/** The add-a-time form as typed, so that nothing typed is lost on an error. */
public record TimeForm(String kind, String startsAt, String endsAt) {
}
