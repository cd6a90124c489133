package org.canticle.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryLoginThrottleTest {

	private Instant now = Instant.parse("2025-06-01T10:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(
			new SecuritySettings.Login(5, 20, Duration.ofMinutes(15), 100), clock);

	@Test
	void fiveFailuresLockAnAccountForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("a@b.org", "10.0.0." + i);
		}
		assertThat(throttle.isLocked("a@b.org", "10.0.0.99")).isFalse();
		throttle.recordFailure("a@b.org", "10.0.0.5");
		assertThat(throttle.isLocked("a@b.org", "10.0.0.99")).isTrue();
		now = now.plus(Duration.ofMinutes(14));
		assertThat(throttle.isLocked("a@b.org", "10.0.0.99")).isTrue();
		now = now.plus(Duration.ofMinutes(2));
		assertThat(throttle.isLocked("a@b.org", "10.0.0.99")).isFalse();
	}

	@Test
	void twentyFailuresLockAnAddressForEveryAccount() {
		for (int i = 0; i < 20; i++) {
			throttle.recordFailure("user" + i + "@b.org", "10.0.0.1");
		}
		assertThat(throttle.isLocked("someone@b.org", "10.0.0.1")).isTrue();
		assertThat(throttle.isLocked("someone@b.org", "10.0.0.2")).isFalse();
	}

	@Test
	void aSuccessClearsTheAccountsFailures() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("a@b.org", "10.0.0.1");
		}
		throttle.recordSuccess("a@b.org", "10.0.0.1");
		throttle.recordFailure("a@b.org", "10.0.0.1");
		assertThat(throttle.isLocked("a@b.org", "10.0.0.1")).isFalse();
	}

	@Test
	void itRemembersABoundedNumberOfKeys() {
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("first@b.org", null);
		}
		assertThat(throttle.isLocked("first@b.org", null)).isTrue();
		for (int i = 0; i < 100; i++) {
			throttle.recordFailure("other" + i + "@b.org", null);
		}
		assertThat(throttle.isLocked("first@b.org", null)).as("forgotten, least recently seen").isFalse();
	}

}
