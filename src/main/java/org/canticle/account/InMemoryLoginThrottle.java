package org.canticle.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The throttle of one instance, in memory, bounded: it remembers at most
 * {@code maxTracked} emails and as many addresses, the least recently seen dropped first.
 * Several instances each count on their own, so an attacker spreading guesses over them
 * gets at most (instances × limit) tries per lock period; a shared store (Redis) can
 * implement {@link LoginThrottle} when that matters.
 */
class InMemoryLoginThrottle implements LoginThrottle {

	private final Clock clock;

	private final Duration lockDuration;

	private final Counter accounts;

	private final Counter addresses;

	InMemoryLoginThrottle(SecuritySettings.Login settings, Clock clock) {
		this.clock = clock;
		this.lockDuration = settings.lockDuration();
		this.accounts = new Counter(settings.maxFailuresPerAccount(), settings.maxTracked());
		this.addresses = new Counter(settings.maxFailuresPerIp(), settings.maxTracked());
	}

	@Override
	public boolean isLocked(String email, String address) {
		Instant now = clock.instant();
		return accounts.isLocked(email, now) || addresses.isLocked(address, now);
	}

	@Override
	public void recordFailure(String email, String address) {
		Instant now = clock.instant();
		accounts.fail(email, now);
		addresses.fail(address, now);
	}

	@Override
	public void recordSuccess(String email, String address) {
		accounts.clear(email);
	}

	/**
	 * Failures per key within the lock period; a failure after a quiet lock period starts
	 * the count afresh.
	 */
	private final class Counter {

		private final int limit;

		private final Map<String, Failures> failures;

		Counter(int limit, int maxTracked) {
			this.limit = limit;
			this.failures = new LinkedHashMap<>(256, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
					return size() > maxTracked;
				}
			};
		}

		synchronized boolean isLocked(String key, Instant now) {
			if (key == null) {
				return false;
			}
			Failures entry = failures.get(key);
			return entry != null && entry.count >= limit && now.isBefore(entry.last.plus(lockDuration));
		}

		synchronized void fail(String key, Instant now) {
			if (key == null) {
				return;
			}
			Failures entry = failures.get(key);
			if (entry == null || !now.isBefore(entry.last.plus(lockDuration))) {
				entry = new Failures();
				failures.put(key, entry);
			}
			entry.count++;
			entry.last = now;
		}

		synchronized void clear(String key) {
			if (key != null) {
				failures.remove(key);
			}
		}

	}

	private static final class Failures {

		int count;

		Instant last;

	}

}
