package org.canticle.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.NotFoundException;
import org.canticle.system.StaleVersionException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles. There is always at least one enabled admin: no change may remove
 * the last one.
 */
@Service
class UserService {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<SessionRegistry> sessions;

	UserService(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, Clock clock,
			ObjectProvider<SessionRegistry> sessions) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
	}

	List<UserAccount> list() {
		return users.list();
	}

	UserAccount get(long id) {
		return users.find(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	boolean anyUser() {
		return users.count() > 0;
	}

	@Transactional
	UserAccount create(NewUser input) {
		String email = normalizeEmail(input.email());
		checkPassword(input.password(), email);
		if (users.findByEmail(email).isPresent()) {
			throw new ConflictException("Email in use", "There is already an account for " + email + ".");
		}
		checkProfile(input.profileId());
		long id = users.insert(email, input.displayName().strip(), input.role(), encoder.encode(input.password()),
				input.profileId(), clock.instant());
		audit.record("user.create", "user", id, "role: " + input.role());
		return get(id);
	}

	/**
	 * Changes a user's role, enabled state, linked profile, and optionally name and
	 * password. Their sessions end when what they may do changed, so that a demoted or
	 * disabled user loses access at once.
	 */
	@Transactional
	UserAccount update(long id, Integer expectedVersion, UserChange change) {
		UserAccount before = get(id);
		checkProfile(change.profileId());
		if (change.password() != null) {
			checkPassword(change.password(), before.email());
		}
		String name = change.displayName() == null ? before.displayName() : change.displayName().strip();
		if (name.isEmpty()) {
			throw new BadRequestException("displayName", "must not be blank");
		}
		if (!users.update(id, expectedVersion, name, change.role(), change.enabled(), change.profileId(),
				clock.instant())) {
			UserAccount current = get(id);
			if (expectedVersion != null && current.version() != expectedVersion) {
				throw new StaleVersionException("User", id, current.version());
			}
			throw lastAdmin();
		}
		if (change.password() != null) {
			users.updatePassword(id, encoder.encode(change.password()), clock.instant());
		}
		audit.record("user.update", "user", id, "role: " + change.role() + ", enabled: " + change.enabled()
				+ ", profile: " + change.profileId() + (change.password() != null ? ", password reset" : ""));
		UserAccount after = get(id);
		if (before.role() != after.role() || before.enabled() != after.enabled()
				|| !Objects.equals(before.profileId(), after.profileId()) || change.password() != null) {
			endSessions(id);
		}
		return after;
	}

	/**
	 * Disables a user (users are never deleted: the audit log and authorship keep
	 * pointing at them).
	 */
	@Transactional
	void disable(long id) {
		UserAccount user = get(id);
		if (!user.enabled()) {
			return;
		}
		if (!users.disable(id, clock.instant())) {
			throw lastAdmin();
		}
		audit.record("user.disable", "user", id, "");
		endSessions(id);
	}

	/**
	 * An admin from the operator (command or environment), with a password that passes
	 * the policy.
	 */
	@Transactional
	UserAccount createAdmin(String email, String displayName, String password) {
		String name = displayName == null || displayName.isBlank() ? "Administrator" : displayName;
		return create(new NewUser(email, name, Role.ADMIN, password, null));
	}

	/**
	 * Sets a new password on an existing user, e.g. the demo admin's at each demo start.
	 */
	@Transactional
	void resetPassword(long id, String password) {
		UserAccount user = get(id);
		checkPassword(password, user.email());
		users.updatePassword(id, encoder.encode(password), clock.instant());
		endSessions(id);
	}

	static String normalizeEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private void checkPassword(String password, String email) {
		policy.problem(password, email).ifPresent(problem -> {
			throw new BadRequestException("password", problem);
		});
	}

	private void checkProfile(Long profileId) {
		if (profileId != null && !users.profileExists(profileId)) {
			throw new BadRequestException("profileId", "there is no profile " + profileId);
		}
	}

	private void endSessions(long userId) {
		SessionRegistry registry = sessions.getIfAvailable();
		if (registry == null) {
			return;
		}
		AccountPrincipal principal = new AccountPrincipal(userId, "", "", Role.MEMBER, null);
		registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
	}

	private static ConflictException lastAdmin() {
		return new ConflictException("Last admin",
				"This change would leave no enabled admin. Make someone else an admin first.");
	}

}
