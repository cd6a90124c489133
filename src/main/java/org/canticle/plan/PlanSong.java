package org.canticle.plan;

import java.util.List;

/**
 * A song of a plan, ready for the music stand: the song's fields, the key it is played in
 * ({@code key}, from {@code keySource}; {@code originalKey} is the song's own), the capo,
 * the item's notes, and the chart in that key.
 */
public record PlanSong(long itemId, int position, long songId, String title, String authors, String copyright,
		Long ccliNumber, String originalKey, String key, KeySource keySource, Integer capo, Integer tempo,
		String timeSignature, List<String> tags, String notes, boolean archived, String chordpro) {
}
