package org.canticle.song;

import java.util.List;

/**
 * A song as it is written to the database: the client's fields, cleaned, and the search
 * columns derived from them.
 */
record SongRow(String title, String authors, String copyright, Long ccliNumber, String key, Integer tempo,
		String timeSignature, List<String> tags, String chordpro, String searchText, String titleSearch) {
}
