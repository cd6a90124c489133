package org.canticle.song;

import java.util.List;

/** The choices of the library's filters: the tags and the keys its songs have. */
public record LibraryFilters(List<String> tags, List<String> keys) {
}
