package org.canticle.account;

import org.springframework.context.ApplicationContext;

/**
 * For the tests outside {@code account} that talk HTTP to a real server: a real user with
 * a real API token, made through the account services as an admin would, so those tests
 * authenticate exactly as clients do.
 */
public final class TestUsers {

	private TestUsers() {
	}

	/**
	 * A new user of {@code role} (a unique email) and a new API token of theirs: the
	 * {@code cnt_…} to send as Bearer.
	 */
	public static String token(ApplicationContext context, Role role) {
		UserAccount user = context.getBean(UserService.class)
			.create(new NewUser(Accounts.uniqueEmail(role.name().toLowerCase()), role.name() + " tester", role,
					Accounts.PASSWORD, null));
		return context.getBean(TokenService.class).create(user.principal(), "operations test").token();
	}

}
