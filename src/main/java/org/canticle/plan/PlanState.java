package org.canticle.plan;

/**
 * What a plan's representation depends on beyond its own row: the items carry song titles
 * and keys resolved through the leader's preferred keys. Song and profile versions only
 * ever grow and the set of songs changes only with the plan's version, so this triple
 * changes whenever anything the plan shows does.
 *
 * @param version the plan's own version
 * @param leaderVersion the leader profile's version (its preferred keys bump it), null
 * without a leader
 * @param songVersions the sum of the versions of the songs of its items
 */
public record PlanState(int version, Integer leaderVersion, long songVersions) {

	static final String PLAN = "plan";

	static final String PLAN_SONGS = "plan-songs";

	/**
	 * A strong ETag {@code "plan-12-v3-l5-s40"}. Its {@code v} part is the plan's
	 * version, which If-Match checks: a change to a song or to the leader's keys makes a
	 * cached copy stale, but does not make editing the plan a conflict.
	 */
	String etag(String kind, long id) {
		return "\"" + kind + "-" + id + "-v" + version + "-l" + (leaderVersion == null ? "x" : leaderVersion) + "-s"
				+ songVersions + "\"";
	}

}
