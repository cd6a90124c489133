package org.canticle.account;

import org.springframework.stereotype.Component;

/**
 * Real users for tests outside this package (the browser tests sign in through the login
 * form with them).
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = Accounts.PASSWORD;

	private final Accounts accounts;

	TestAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** A new user with a unique email; returns the email. */
	public String leader() {
		return accounts.create(Role.LEADER).email();
	}

	/**
	 * A member whose account is linked to the profile: "my" schedule is that profile's.
	 */
	public String member(long profileId) {
		return accounts.create(Role.MEMBER, profileId).email();
	}

	public String member() {
		return accounts.create(Role.MEMBER).email();
	}

}
