package org.canticle.schedule;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.canticle.system.ConflictException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "My schedule", description = "The signed-in member's assignments, blockouts and calendar feed")
class MyScheduleApiController {

	private final ScheduleService schedule;

	private final PersonalFeed feed;

	MyScheduleApiController(ScheduleService schedule, PersonalFeed feed) {
		this.schedule = schedule;
		this.feed = feed;
	}

	@GetMapping(path = "/api/me/schedule", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "My coming assignments and blockouts",
			description = "For the profile linked to the account (409 when there is none).")
	MySchedule mine(Authentication authentication) {
		return schedule.mySchedule(profile(authentication));
	}

	@GetMapping(path = "/api/me/blockouts", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Blockout> blockouts(Authentication authentication) {
		return schedule.mySchedule(profile(authentication)).blockouts();
	}

	@PostMapping(path = "/api/me/blockouts", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Mark days I cannot serve",
			description = "{startsOn, endsOn?, repeatUntil?, reason?}: one day, a range (up to a year), or a range of up to a week repeated weekly until a date. Leaders see them when scheduling.")
	ResponseEntity<Blockout> addBlockout(@RequestBody BlockoutInput input, Authentication authentication) {
		Blockout blockout = schedule.addBlockout(profile(authentication), input);
		return ResponseEntity.created(URI.create("/api/me/blockouts/" + blockout.id())).body(blockout);
	}

	@DeleteMapping("/api/me/blockouts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeBlockout(@PathVariable long id, Authentication authentication) {
		schedule.removeBlockout(profile(authentication), id);
	}

	@GetMapping(path = "/api/me/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "My calendar feed's URL",
			description = "Made on first use: an iCalendar feed of the services and rehearsals I serve at, readable without signing in.")
	Map<String, String> calendar(Authentication authentication) {
		return Map.of("url", feed.url(profile(authentication)));
	}

	@PostMapping(path = "/api/me/calendar/rotate", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A new URL for my calendar feed", description = "The old one stops working.")
	Map<String, String> rotate(Authentication authentication) {
		long profile = profile(authentication);
		feed.rotate(profile);
		return Map.of("url", feed.url(profile));
	}

	static long profile(Authentication authentication) {
		Long profile = Caller.of(authentication).profileId();
		if (profile == null) {
			throw new ConflictException("No profile",
					"Your account is not linked to a team profile: ask an admin to link it.");
		}
		return profile;
	}

}
