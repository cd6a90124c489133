package org.canticle.account;

import java.time.Clock;

import org.canticle.system.Auditor;
import org.canticle.system.ResultPage;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records who did what, one log line per event, in the caller's transaction. Songs and
 * plans also carry {@code created_by} / {@code updated_by}: their features stamp those
 * with {@link #actorId()} in their own INSERT or UPDATE, so an audited change costs one
 * statement more, not two. The actor is the signed-in user of the current request;
 * outside a request (start-up, the admin command) it is "system".
 */
@Component
class AuditTrail implements Auditor {

	private static final int DETAIL_MAX = 500;

	private final AuditRepository log;

	private final Clock clock;

	AuditTrail(AuditRepository log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@Override
	public Long actorId() {
		return actor().id();
	}

	@Override
	public void recordCreate(String kind, long id) {
		insert(actor(), kind + ".create", kind, id, "");
	}

	@Override
	public void recordUpdate(String kind, long id) {
		insert(actor(), kind + ".update", kind, id, "");
	}

	@Override
	public void recordDelete(String kind, long id) {
		insert(actor(), kind + ".delete", kind, id, "");
	}

	@Override
	public void record(String action, String kind, Long id, String detail) {
		insert(actor(), action, kind, id, detail);
	}

	/**
	 * The same, for an actor who is not (yet) the request's principal: a sign-in, a user
	 * created by a command.
	 */
	void recordAs(Long actorId, String actorName, String action, String kind, Long id, String detail) {
		insert(new Actor(actorId, actorName), action, kind, id, detail);
	}

	/**
	 * The log, newest first, optionally for one kind of thing or one thing. Two
	 * statements.
	 */
	ResultPage<AuditEntry> page(String kind, Long targetId, int page, int size) {
		long total = log.count(kind, targetId);
		return new ResultPage<>(log.page(kind, targetId, page * size, size), page, size, total);
	}

	private void insert(Actor actor, String action, String kind, Long id, String detail) {
		log.insert(clock.instant(), actor.id(), truncate(actor.name(), 254), truncate(action, 40), kind, id,
				truncate(detail == null ? "" : detail, DETAIL_MAX));
	}

	private static Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return new Actor(null, "system");
		}
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return new Actor(principal.id(), principal.email());
		}
		return new Actor(null, authentication.getName());
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private record Actor(Long id, String name) {
	}

}
