package org.canticle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.canticle.system.DatabaseReady;

import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin from the environment: {@code CANTICLE_ADMIN_EMAIL} and
 * {@code CANTICLE_ADMIN_PASSWORD} (optionally {@code CANTICLE_ADMIN_NAME}), used only
 * while there is no user at all, so that changing or forgetting them later changes
 * nothing. A password the policy refuses stops the start: better than a server nobody can
 * sign in to. There is no default password. Runs when the database is ready
 * ({@link DatabaseReady}), which may be after the start.
 */
@Component
class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserService users;

	private final Environment environment;

	FirstAdmin(UserService users, Environment environment) {
		this.users = users;
		this.environment = environment;
	}

	@EventListener(DatabaseReady.class)
	void onDatabaseReady() {
		String email = environment.getProperty("canticle.admin.email");
		String password = environment.getProperty("canticle.admin.password");
		if (email == null || email.isBlank() || password == null) {
			if (!users.anyUser()) {
				log.warn("There are no users yet. Set CANTICLE_ADMIN_EMAIL and CANTICLE_ADMIN_PASSWORD, or run "
						+ "'java -jar canticle.jar admin create --email …', to create the first admin.");
			}
			return;
		}
		createIfNoUsers(email, environment.getProperty("canticle.admin.name"), password);
	}

	/**
	 * @return whether an admin was created: only when there was no user
	 */
	@Transactional
	boolean createIfNoUsers(String email, String name, String password) {
		if (users.anyUser()) {
			log.info("CANTICLE_ADMIN_EMAIL is ignored: there are users already.");
			return false;
		}
		try {
			UserAccount admin = users.createAdmin(email, name, password);
			log.info("Created the first admin, {}, from the environment.", admin.email());
			return true;
		}
		catch (org.canticle.system.BadRequestException ex) {
			throw new IllegalStateException(
					"CANTICLE_ADMIN_PASSWORD or CANTICLE_ADMIN_EMAIL is not acceptable: " + ex.getBody().getDetail(),
					ex);
		}
	}

}
