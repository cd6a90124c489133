package org.canticle.song;

/** A search of the library: every part optional; {@code page} counts from 0. */
public record SongQuery(String q, String tag, String key, int page, int size) {
}
