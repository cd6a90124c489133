package org.canticle.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test sets: the application's "now" at a chosen instant (just before midnight,
 * across a daylight-saving change), in the zone the test configured.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	private volatile Instant instant;

	public TestClock(ZoneId zone, Instant instant) {
		this.zone = zone;
		this.instant = instant;
	}

	public void set(Instant instant) {
		this.instant = instant;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant, zone);
	}

	@Override
	public Instant instant() {
		return instant;
	}

}
