package org.canticle.account;

import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Real users for tests, each with a unique email, and ways to send requests as them. */
@Component
class Accounts {

	static final String PASSWORD = "Tambourine-Chorus-42";

	private final UserService users;

	private final TokenService tokens;

	Accounts(UserService users, TokenService tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	AccountPrincipal create(Role role) {
		return create(role, null);
	}

	AccountPrincipal create(Role role, Long profileId) {
		UserAccount user = users.create(new NewUser(uniqueEmail(role.name().toLowerCase()), role.name() + " tester",
				role, PASSWORD, profileId));
		return user.principal();
	}

	String tokenFor(AccountPrincipal user) {
		return tokens.create(user, "test token").token();
	}

	/** A request from a signed-in session of {@code user}. */
	static RequestPostProcessor session(AccountPrincipal user) {
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(user.role().authority())));
	}

}
