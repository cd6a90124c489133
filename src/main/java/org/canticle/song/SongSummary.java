package org.canticle.song;

import java.time.Instant;
import java.util.List;

/** A song in a listing: everything but its chart. */
public record SongSummary(long id, String title, String authors, Long ccliNumber, String key, Integer tempo,
		String timeSignature, List<String> tags, Instant updatedAt, int version) {
}
