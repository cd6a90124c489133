package org.canticle.account;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.canticle.system.ETags;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users", description = "Accounts and roles (admins only)")
class UserApiController {

	static final String KIND = "user";

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "Every user, by email")
	List<UserAccount> list() {
		return users.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user", description = "Sends an ETag; If-None-Match with it answers 304.")
	ResponseEntity<UserAccount> get(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		UserAccount user = users.get(id);
		String etag = ETags.of(KIND, id, user.version());
		return ETags.<UserAccount>notModified(ifNoneMatch, () -> Optional.of(etag))
			.orElseGet(() -> ResponseEntity.ok().eTag(etag).body(user));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a user",
			description = "With a first password (at least 10 characters, not a common one) that you pass on; 409 when the email has an account.")
	ResponseEntity<UserAccount> create(@Valid @RequestBody NewUser input) {
		UserAccount user = users.create(input);
		return ResponseEntity.created(URI.create("/api/users/" + user.id()))
			.eTag(ETags.of(KIND, user.id(), user.version()))
			.body(user);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a user's role, enabled state, linked profile (and optionally name or password)",
			description = "Needs If-Match. 409 when it would leave no enabled admin. The user's sessions end when their access changed.")
	ResponseEntity<UserAccount> update(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody UserChange change) {
		Integer expected = ETags.expectedVersion(ifMatch, KIND, id);
		UserAccount user = users.update(id, expected, change);
		return ResponseEntity.ok().eTag(ETags.of(KIND, id, user.version())).body(user);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Disable a user",
			description = "Users are disabled, never deleted: their sessions and API tokens stop working at once. 409 for the last enabled admin.")
	void disable(@PathVariable long id) {
		users.disable(id);
	}

}
