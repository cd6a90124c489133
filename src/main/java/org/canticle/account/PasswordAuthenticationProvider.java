package org.canticle.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password (the sign-in form, and HTTP Basic on
 * {@code POST /api/tokens}), behind the {@link LoginThrottle}. It answers an unknown
 * email, a wrong password and a disabled account alike, in message and in time: for an
 * unknown email it still runs the password encoder, against a dummy hash of the same
 * cost.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	static final String FAILED = "Email or password is incorrect.";

	static final String LOCKED = "Too many failed sign-ins. Wait a while, then try again.";

	private static final Logger log = LoggerFactory.getLogger(PasswordAuthenticationProvider.class);

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	private final String dummyHash;

	PasswordAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.dummyHash = encoder.encode(UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = UserService.normalizeEmail(authentication.getName());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.isLocked(email, address)) {
			log.info("Sign-in refused: too many failures for this account or from {}", address);
			throw new LockedException(LOCKED);
		}
		Optional<UserRepository.Credentials> found = email.length() <= 254 ? users.findCredentials(email)
				: Optional.empty();
		boolean matches = matches(password, found.map(UserRepository.Credentials::passwordHash).orElse(dummyHash));
		if (found.isEmpty() || !matches || !found.get().user().enabled()) {
			throttle.recordFailure(email, address);
			throw new BadCredentialsException(FAILED);
		}
		throttle.recordSuccess(email, address);
		UserAccount user = found.get().user();
		if (encoder.upgradeEncoding(found.get().passwordHash())) {
			users.updatePassword(user.id(), encoder.encode(password), clock.instant());
		}
		audit.recordAs(user.id(), user.email(), "user.login", "user", user.id(),
				address == null ? "" : "from " + address);
		return UsernamePasswordAuthenticationToken.authenticated(user.principal(), null,
				List.of(user.role().authority()));
	}

	private boolean matches(String password, String hash) {
		try {
			return encoder.matches(password, hash);
		}
		catch (IllegalArgumentException ex) {
			return false; // e.g. longer than bcrypt's 72 bytes
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
