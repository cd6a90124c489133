package org.canticle.report;

import jakarta.servlet.http.HttpServletRequest;

import org.canticle.system.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The iCalendar feed: no login, the token in the URL is the key. */
@Controller
class CalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final ReportService reports;

	CalendarController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
		if (!reports.validToken(token)) {
			throw new NotFoundException("Calendar feed", "this URL");
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Robots-Tag", "noindex")
			.body(reports.calendar(request.getServerName()));
	}

}
