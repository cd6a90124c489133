package org.canticle.song;

import java.time.LocalDate;

/**
 * A row of the library page: the song and how the team has used it.
 *
 * @param lastUsed the date of the latest plan up to today that has the song, or null when
 * none has
 * @param uses how many items of plans up to today are the song
 */
public record LibrarySong(SongSummary song, LocalDate lastUsed, int uses) {
}
