package org.canticle.song;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE and ORDER BY of a library search, built from fixed SQL fragments: user input
 * only ever reaches the database as parameters.
 */
record SongFilter(String where, String orderBy, Map<String, Object> params) {

	static final int MAX_WORDS = 8;

	static SongFilter of(String q, String tag, String key) {
		StringBuilder where = new StringBuilder("s.archived_at IS NULL");
		Map<String, Object> params = new HashMap<>();
		List<String> words = SearchText.words(q, MAX_WORDS);
		for (int i = 0; i < words.size(); i++) {
			where.append(" AND s.search_text LIKE :w").append(i).append(" ESCAPE '\\'");
			params.put("w" + i, SearchText.containing(words.get(i)));
		}
		if (tag != null && !tag.isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM song_tag t WHERE t.song_id = s.id AND t.tag = :tag)");
			params.put("tag", SongService.normalizeTag(tag));
		}
		if (key != null && !key.isBlank()) {
			where.append(" AND s.song_key = :key");
			params.put("key", key);
		}
		String orderBy = "s.title_search, s.id";
		if (!words.isEmpty()) {
			// title matches first: the whole query at the start of the title, then
			// anywhere in it, then the rest
			String phrase = String.join(" ", words);
			params.put("titleStart", SearchText.containing(phrase).substring(1));
			params.put("titleAny", SearchText.containing(phrase));
			orderBy = "CASE WHEN s.title_search LIKE :titleStart ESCAPE '\\' THEN 0"
					+ " WHEN s.title_search LIKE :titleAny ESCAPE '\\' THEN 1 ELSE 2 END, " + orderBy;
		}
		return new SongFilter(where.toString(), orderBy, params);
	}

}
