package org.canticle.song;

import java.time.Instant;
import java.util.List;

/**
 * A song of the library with its chart; {@code archived} songs are kept only for the
 * plans that use them.
 */
public record Song(long id, String title, String authors, String copyright, Long ccliNumber, String key, Integer tempo,
		String timeSignature, List<String> tags, String chordpro, Instant createdAt, Instant updatedAt, int version,
		boolean archived) {
}
