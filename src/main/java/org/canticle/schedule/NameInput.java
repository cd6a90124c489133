package org.canticle.schedule;

/** A team's or a position's name: 1 to 100 characters. */
public record NameInput(String name) {
}
