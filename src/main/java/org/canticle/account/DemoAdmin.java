package org.canticle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.canticle.system.DatabaseReady;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code canticle.demo=true}) signs you in as a demo admin: created on the
 * first demo start, given a new random password at each start, printed once to the log.
 * There is never a fixed demo password to leak. Runs when the database is ready
 * ({@link DatabaseReady}), which may be after the start.
 */
@Component
@ConditionalOnBooleanProperty("canticle.demo")
class DemoAdmin {

	static final String EMAIL = "demo@example.com";

	private static final Logger log = LoggerFactory.getLogger(DemoAdmin.class);

	private final UserService users;

	private final UserRepository repository;

	DemoAdmin(UserService users, UserRepository repository) {
		this.users = users;
		this.repository = repository;
	}

	@EventListener(DatabaseReady.class)
	void onDatabaseReady() {
		String password = Secrets.newPassword();
		var existing = repository.findByEmail(EMAIL);
		if (existing.isPresent()) {
			users.resetPassword(existing.get().id(), password);
		}
		else {
			users.createAdmin(EMAIL, "Demo admin", password);
		}
		log.warn("Demo mode: sign in as {} with the password {} (new at each demo start; not for real data)", EMAIL,
				password);
	}

}
