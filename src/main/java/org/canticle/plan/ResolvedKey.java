package org.canticle.plan;

/**
 * The key a song item is played in, and where it comes from: the item's own key if set,
 * else the leader's preferred key for the song, else the song's original key (DESIGN.md,
 * "Plan").
 */
public record ResolvedKey(String key, KeySource source) {

	public static ResolvedKey resolve(String itemKey, String leaderKey, String songKey) {
		if (itemKey != null) {
			return new ResolvedKey(itemKey, KeySource.ITEM);
		}
		if (leaderKey != null) {
			return new ResolvedKey(leaderKey, KeySource.LEADER);
		}
		return new ResolvedKey(songKey, KeySource.SONG);
	}

	/**
	 * The key the item would have without a key of its own: what clearing the item's key
	 * falls back to.
	 */
	public static String fallback(String leaderKey, String songKey) {
		return resolve(null, leaderKey, songKey).key();
	}

}
