package org.canticle.profile;

/**
 * The key a profile takes a song in; {@code archived} when the song has left the library
 * but plans still use it.
 */
public record PreferredKey(long songId, String songTitle, String key, boolean archived) {
}
