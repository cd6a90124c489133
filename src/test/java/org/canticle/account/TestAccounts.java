package org.canticle.account;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real users for tests outside this package (the browser tests sign in through the login
 * form with them; the share-link tests send requests as them).
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

	/** A new user of {@code role} with a unique email. */
	public AccountPrincipal create(Role role) {
		return accounts.create(role);
	}

	/** A request from a signed-in session of {@code user}. */
	public static RequestPostProcessor session(AccountPrincipal user) {
		return Accounts.session(user);
	}

}
