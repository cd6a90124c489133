package org.canticle.plan;

/**
 * A plan's own fields as typed in its form; {@code version} is the one the form was
 * opened at.
 */
public record PlanForm(String date, String title, String leaderId, String notes, Integer version) {

	public String value(String text) {
		return text == null ? "" : text;
	}

	static PlanForm of(Plan plan) {
		return new PlanForm(plan.date().toString(), plan.title(),
				plan.leaderId() == null ? "" : plan.leaderId().toString(), plan.notes(), plan.version());
	}

}
