package org.canticle.system;

/**
 * Who created and who last changed what, for the features that keep such a record (songs,
 * plans). It lives here so that a feature can be audited without depending on
 * {@code account}, which implements it: the features stay below accounts in DESIGN.md's
 * package table.
 * <p>
 * One statement per change: the feature stamps {@code created_by} / {@code updated_by}
 * with {@link #actorId()} in the INSERT or UPDATE it runs anyway, and the {@code record…}
 * methods add only the log line.
 */
public interface Auditor {

	/**
	 * The signed-in user of the current request, for {@code created_by} /
	 * {@code updated_by}; null for "system".
	 */
	Long actorId();

	/** Logs the creation of a {@code kind} (e.g. "song") with that id. One statement. */
	void recordCreate(String kind, long id);

	/** Logs a change. One statement. */
	void recordUpdate(String kind, long id);

	/** Logs a deletion. One statement. */
	void recordDelete(String kind, long id);

	/**
	 * Any other event, e.g. {@code record("share.revoke", "plan", 12, "share link 3")}.
	 * One statement.
	 */
	void record(String action, String kind, Long id, String detail);

}
