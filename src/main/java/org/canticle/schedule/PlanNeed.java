package org.canticle.schedule;

/** How many people a plan needs on a position ("2 × Vocals"). */
public record PlanNeed(long positionId, String teamName, String positionName, int needed) {

	public String label() {
		return teamName + " · " + positionName;
	}

}
