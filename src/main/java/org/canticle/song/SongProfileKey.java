package org.canticle.song;

/** A team member and the key they take a song in (null: none set). */
public record SongProfileKey(long profileId, String name, String key) {
}
