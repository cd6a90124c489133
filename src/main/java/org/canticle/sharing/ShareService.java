package org.canticle.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.canticle.account.AccountPrincipal;
import org.canticle.account.Secrets;
import org.canticle.account.SecuritySettings;
import org.canticle.system.Auditor;
import org.canticle.system.BadRequestException;
import org.canticle.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only links to one plan for a guest without an account. The link's token is 256
 * random bits, stored hashed like an API token; it opens {@code /share/{token}} and
 * nothing else. Revoked, expired and unknown links look the same.
 */
@Service
class ShareService {

	static final int MAX_LINKS_PER_PLAN = 20;

	private final ShareRepository shares;

	private final Auditor audit;

	private final Clock clock;

	private final SecuritySettings settings;

	ShareService(ShareRepository shares, Auditor audit, Clock clock, SecuritySettings settings) {
		this.shares = shares;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	/** A token and its link; the only time the token is shown. */
	record Created(long id, String token, Instant expiresAt) {
	}

	/**
	 * @param expiresAt when the link stops working; null for the default
	 * ({@code canticle.security.share-link-expiry})
	 * @param neverExpires a link that works until revoked
	 */
	@Transactional
	Created create(long planId, Instant expiresAt, boolean neverExpires) {
		Instant now = clock.instant();
		if (expiresAt != null && neverExpires) {
			throw new BadRequestException("expiresAt", "give an expiry or neverExpires, not both");
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new BadRequestException("expiresAt", "must be in the future");
		}
		Duration fallback = settings.shareLinkExpiry();
		Instant expiry = neverExpires ? null : expiresAt != null ? expiresAt
				: fallback.isZero() || fallback.isNegative() ? null : now.plus(fallback);
		if (shares.countLive(planId, now) >= MAX_LINKS_PER_PLAN) {
			throw new BadRequestException("planId",
					"this plan has " + MAX_LINKS_PER_PLAN + " live share links already: revoke one first");
		}
		requirePlan(planId);
		String token = Secrets.newToken("");
		long id = shares.insert(planId, Secrets.sha256(token), token.substring(0, settings.tokenPrefixLength()),
				AccountPrincipal.current().map(AccountPrincipal::id).orElse(null), now, expiry);
		audit.record("share.create", "plan", planId, "share link " + id);
		return new Created(id, token, expiry);
	}

	List<ShareLink> list(long planId) {
		requirePlan(planId);
		return shares.list(planId);
	}

	@Transactional
	void revoke(long planId, long shareId) {
		if (!shares.revoke(planId, shareId, clock.instant())) {
			if (!shares.exists(planId, shareId)) {
				throw new NotFoundException("Share link", shareId);
			}
			return;
		}
		audit.record("share.revoke", "plan", planId, "share link " + shareId);
	}

	/**
	 * The plan a live link opens, with its items: two statements whatever the plan's
	 * size.
	 */
	Optional<SharedPlan> open(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return shares.findPlan(Secrets.sha256(token), clock.instant())
			.map(found -> new SharedPlan(found.planId(), found.title(), found.date(), found.expiresAt(),
					shares.items(found.planId())));
	}

	private void requirePlan(long planId) {
		if (!shares.planExists(planId)) {
			throw new NotFoundException("Plan", planId);
		}
	}

}
