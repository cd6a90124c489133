package org.canticle.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a share link shows: one plan, its songs and headers in order. */
public record SharedPlan(long planId, String title, LocalDate date, Instant expiresAt, List<Item> items) {

	/** A song (with the key it is played in) or a header. */
	public record Item(int position, String type, Long songId, String title, String key) {

		public boolean isHeader() {
			return "HEADER".equals(type);
		}

	}

}
