package org.canticle.profile;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.canticle.system.ETags;
import org.canticle.system.ResultPage;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/profiles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Profiles", description = "Team members and the key each of them takes each song in")
class ProfileApiController {

	static final String KIND = "profile";

	private final ProfileService profiles;

	ProfileApiController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "List profiles", description = "By name; without their preferred keys.")
	ResultPage<ProfileSummary> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(ProfileService.MAX_PAGE_SIZE) int size) {
		return profiles.list(page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One profile with its preferred keys",
			description = "Sends an ETag, which changes with the profile's fields and its preferred keys; If-None-Match with it answers 304.")
	ResponseEntity<Profile> get(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		return ETags
			.<Profile>notModified(ifNoneMatch, () -> profiles.version(id).map(version -> ETags.of(KIND, id, version)))
			.orElseGet(() -> {
				Profile profile = profiles.get(id);
				return ResponseEntity.ok().eTag(ETags.of(KIND, id, profile.version())).body(profile);
			});
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a profile",
			description = "The email is optional and unique (case ignored): 409 when another profile has it.")
	ResponseEntity<Profile> create(@Valid @RequestBody ProfileInput input) {
		Profile profile = profiles.create(input);
		return ResponseEntity.created(URI.create("/api/profiles/" + profile.id()))
			.eTag(ETags.of(KIND, profile.id(), profile.version()))
			.body(profile);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a profile's fields",
			description = "Name, email, instruments and notes; preferred keys change through /keys. Needs If-Match with the ETag you read: 428 without it, 412 when someone changed the profile meanwhile. 409 when another profile has the email.")
	ResponseEntity<Profile> replace(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProfileInput input) {
		Integer expected = ETags.expectedVersion(ifMatch, KIND, id);
		Profile profile = profiles.replace(id, expected, input);
		return ResponseEntity.ok().eTag(ETags.of(KIND, id, profile.version())).body(profile);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a profile",
			description = "Its preferred keys go with it. Plans it led stay, with no leader (leaderId null): their songs fall back to their own keys unless an item sets one.")
	void delete(@PathVariable long id) {
		profiles.delete(id);
	}

	@PutMapping(path = "/{id}/keys/{songId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set the key this profile takes a song in",
			description = "Body {key}, such as G, Bb or F#m. 404 for an unknown profile, or a song that does not exist or is archived. Changes the profile's ETag and that of the plans it leads.")
	PreferredKey setKey(@PathVariable long id, @PathVariable long songId, @Valid @RequestBody PreferredKeyInput input) {
		return profiles.setPreferredKey(id, songId, input.key());
	}

	@DeleteMapping("/{id}/keys/{songId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Clear the key this profile takes a song in",
			description = "204 also when none was set; 404 for an unknown profile or song.")
	void clearKey(@PathVariable long id, @PathVariable long songId) {
		profiles.clearPreferredKey(id, songId);
	}

}
