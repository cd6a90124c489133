package org.canticle.plan;

/** Where a song item's key comes from. */
public enum KeySource {

	/** the item's own key, set for this plan */
	ITEM,
	/** the plan leader's preferred key for the song */
	LEADER,
	/** the song's original key (null when the song has none: the chart as written) */
	SONG

}
