package org.canticle.plan;

/** A plan as read, with what its ETag is made of. */
public record PlanRead(Plan plan, PlanState state) {

	public String etag() {
		return state.etag(PlanState.PLAN, plan.id());
	}

}
