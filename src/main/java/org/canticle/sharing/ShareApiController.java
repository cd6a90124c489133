package org.canticle.sharing;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/plans/{planId}/shares", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Share links", description = "Read-only links to one plan for guests without an account (leaders)")
class ShareApiController {

	/** Both optional: no body gives the default expiry. */
	record ShareRequest(Instant expiresAt, Boolean neverExpires) {
	}

	record ShareCreated(long id, String token, String url, Instant expiresAt) {
	}

	private final ShareService shares;

	ShareApiController(ShareService shares) {
		this.shares = shares;
	}

	@PostMapping
	@Operation(summary = "Make a share link",
			description = "The answer is the only time the token is shown. Body optional: {expiresAt} or {neverExpires: true}; without, the link expires after canticle.security.share-link-expiry.")
	ResponseEntity<ShareCreated> create(@PathVariable long planId,
			@RequestBody(required = false) ShareRequest request) {
		ShareRequest body = request == null ? new ShareRequest(null, false) : request;
		ShareService.Created created = shares.create(planId, body.expiresAt(),
				Boolean.TRUE.equals(body.neverExpires()));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/share/{token}")
			.buildAndExpand(created.token())
			.toUriString();
		return ResponseEntity.created(URI.create(url))
			.body(new ShareCreated(created.id(), created.token(), url, created.expiresAt()));
	}

	@GetMapping
	@Operation(summary = "The plan's share links",
			description = "Newest first, revoked ones included; never the tokens.")
	List<ShareLink> list(@PathVariable long planId) {
		return shares.list(planId);
	}

	@DeleteMapping("/{shareId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a share link", description = "It stops working at once.")
	void revoke(@PathVariable long planId, @PathVariable long shareId) {
		shares.revoke(planId, shareId);
	}

}
