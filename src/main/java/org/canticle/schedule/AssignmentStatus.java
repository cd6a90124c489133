package org.canticle.schedule;

/** Where a request to serve stands. */
public enum AssignmentStatus {

	PENDING, ACCEPTED, DECLINED;

	public String label() {
		return switch (this) {
			case PENDING -> "Pending";
			case ACCEPTED -> "Accepted";
			case DECLINED -> "Declined";
		};
	}

}
