package org.canticle.song;

import java.time.LocalDate;

/**
 * A plan that has the song, with the key the item asks for (null: the plan's default for
 * the song).
 */
public record SongUse(long planId, LocalDate date, String planTitle, String key) {
}
