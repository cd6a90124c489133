package org.canticle.plan;

/**
 * One item of a plan. For a song: its title from the song, the resolved {@code key} with
 * its {@code keySource}, and {@code defaultKey}, the key it would have without its own.
 * For a header: its title; key fields are null. {@code archived} marks a song that has
 * left the library and stays in this plan.
 */
public record PlanItem(long id, int position, ItemType type, Long songId, String title, String key, KeySource keySource,
		String defaultKey, Integer capo, String notes, boolean archived) {
}
