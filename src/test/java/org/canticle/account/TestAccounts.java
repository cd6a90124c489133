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

	public String member() {
		return accounts.create(Role.MEMBER).email();
	}

}
