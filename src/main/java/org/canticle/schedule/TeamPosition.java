package org.canticle.schedule;

import java.util.List;

/**
 * A position on a team (Keys on the Band) and the people who play it.
 */
public record TeamPosition(long id, long teamId, String teamName, String name, List<Player> players) {

	/** Shown as "Band · Keys". */
	public String label() {
		return teamName + " · " + name;
	}

	/** Someone who plays a position. */
	public record Player(long profileId, String name) {
	}

}
