package org.canticle.account;

/**
 * Slows password guessing: after too many failed sign-ins an account, or an address, is
 * locked for a while. Keys are whatever the caller passes (a lower-cased email, an IP
 * address); an email that has no account is throttled exactly like one that has, so that
 * the throttle never tells which accounts exist.
 */
public interface LoginThrottle {

	/** Whether sign-ins for this email, or from this address, are refused for now. */
	boolean isLocked(String email, String address);

	void recordFailure(String email, String address);

	/**
	 * A successful sign-in clears the account's failures (not the address's: others may
	 * be guessing from it).
	 */
	void recordSuccess(String email, String address);

}
