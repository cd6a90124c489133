package org.canticle.schedule;

import jakarta.servlet.http.HttpServletRequest;

import org.canticle.system.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A member's own calendar feed: no login, the token in the URL is the key. */
@Controller
class PersonalFeedController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final PersonalFeed feed;

	PersonalFeedController(PersonalFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/calendar/me/{token}.ics")
	ResponseEntity<String> calendar(@PathVariable String token, HttpServletRequest request) {
		String body = feed.calendar(token, request.getServerName())
			.orElseThrow(() -> new NotFoundException("Calendar feed", "this URL"));
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache()).body(body);
	}

}
