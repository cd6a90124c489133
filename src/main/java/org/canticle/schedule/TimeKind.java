package org.canticle.schedule;

/** What a plan time is. */
public enum TimeKind {

	SERVICE, REHEARSAL;

	public String label() {
		return this == SERVICE ? "Service" : "Rehearsal";
	}

}
