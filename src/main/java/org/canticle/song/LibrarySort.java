package org.canticle.song;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the library page orders songs. Usage counts the song's items in plans dated today
 * or earlier.
 */
public enum LibrarySort {

	TITLE("title", "Title", null),
	RECENT("recent", "Recently used", "u.last_used DESC NULLS LAST, s.title_search, s.id"),
	LEAST_USED("least", "Least used", "COALESCE(u.uses, 0), u.last_used NULLS FIRST, s.title_search, s.id");

	private final String param;

	private final String label;

	/** null: the search's own order (title matches first, then by title) */
	private final String orderBy;

	LibrarySort(String param, String label, String orderBy) {
		this.param = param;
		this.label = label;
		this.orderBy = orderBy;
	}

	public String param() {
		return this.param;
	}

	public String label() {
		return this.label;
	}

	String orderBy(SongFilter filter) {
		return this.orderBy == null ? filter.orderBy() : this.orderBy;
	}

	static LibrarySort of(String param) {
		if (param == null) {
			return TITLE;
		}
		String wanted = param.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(sort -> sort.param.equals(wanted)).findFirst().orElse(TITLE);
	}

}
