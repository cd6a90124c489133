package org.canticle.account;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API tokens", description = "Your personal tokens for scripts: Authorization: Bearer <token>")
class TokenApiController {

	record TokenRequest(@NotBlank @Size(max = 100) String name) {
	}

	private final TokenService tokens;

	TokenApiController(TokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "Your tokens",
			description = "Newest first; never the tokens themselves, only their first characters.")
	List<ApiToken> list(Authentication authentication) {
		return tokens.list(CurrentUser.of(authentication).id());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a token",
			description = "Signed in, or with HTTP Basic (email and password; throttled like the sign-in form). The answer is the only time the token is shown. An API token cannot create another.")
	NewApiToken create(Authentication authentication, @Valid @RequestBody TokenRequest request) {
		return tokens.create(CurrentUser.of(authentication), request.name());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of your tokens", description = "It stops working at once.")
	void revoke(Authentication authentication, @PathVariable long id) {
		tokens.revoke(CurrentUser.of(authentication), id);
	}

}
