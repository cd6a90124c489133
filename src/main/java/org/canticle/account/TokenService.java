package org.canticle.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.canticle.system.BadRequestException;
import org.canticle.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code Authorization: Bearer cnt_…}. Each request looks its token
 * up (one query, by hash), so a revoked token, or one of a disabled user, stops working
 * at once; the user's current role applies.
 */
@Service
class TokenService {

	static final String PREFIX = "cnt_";

	static final int MAX_TOKENS_PER_USER = 50;

	/**
	 * last_used_at is kept to the minute: writing it on every request would double the
	 * statements of each call.
	 */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final TokenRepository tokens;

	private final AuditTrail audit;

	private final Clock clock;

	private final int prefixLength;

	TokenService(TokenRepository tokens, AuditTrail audit, Clock clock, SecuritySettings settings) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
		this.prefixLength = settings.tokenPrefixLength();
	}

	@Transactional
	NewApiToken create(AccountPrincipal owner, String name) {
		String cleaned = name == null ? "" : name.strip();
		if (cleaned.isEmpty() || cleaned.length() > 100) {
			throw new BadRequestException("name", "must be 1 to 100 characters");
		}
		if (tokens.countActive(owner.id()) >= MAX_TOKENS_PER_USER) {
			throw new BadRequestException("name",
					"you have " + MAX_TOKENS_PER_USER + " tokens already: revoke one you no longer use first");
		}
		String token = Secrets.newToken(PREFIX);
		String prefix = token.substring(0, PREFIX.length() + prefixLength);
		Instant now = clock.instant();
		long id = tokens.insert(owner.id(), cleaned, Secrets.sha256(token), prefix, now);
		audit.recordAs(owner.id(), owner.email(), "token.create", "token", id, "name: " + cleaned);
		return new NewApiToken(id, cleaned, prefix, token, now);
	}

	/**
	 * The user's tokens, newest first, revoked ones included (with their revocation
	 * time).
	 */
	List<ApiToken> list(long userId) {
		return tokens.list(userId);
	}

	/**
	 * Revokes one of the user's own tokens; someone else's is "not found", as if it did
	 * not exist.
	 */
	@Transactional
	void revoke(AccountPrincipal owner, long tokenId) {
		if (!tokens.revoke(owner.id(), tokenId, clock.instant())) {
			if (!tokens.exists(owner.id(), tokenId)) {
				throw new NotFoundException("Token", tokenId);
			}
			return; // already revoked
		}
		audit.recordAs(owner.id(), owner.email(), "token.revoke", "token", tokenId, "");
	}

	/**
	 * The user a presented token belongs to, when it is a live token of an enabled user.
	 * A database failure propagates: the token's validity is then unknown, which
	 * {@link ApiTokenFilter} answers with 503, not 401.
	 */
	Optional<AccountPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<TokenRepository.Found> found = tokens.findLive(Secrets.sha256(token));
		found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
			.ifPresent(f -> tokens.markUsed(f.tokenId(), now));
		return found.map(TokenRepository.Found::principal);
	}

}
