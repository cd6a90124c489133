package org.canticle.report;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Reports", description = "CCLI usage report and the calendar feed of plans")
class ReportApiController {

	private final ReportService reports;

	ReportApiController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/api/reports/usage.csv")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	@Operation(summary = "Song usage in a date range, as CSV for CCLI reporting",
			description = "Title, Authors, CCLI Song Number, Times Used (plans dated in the range that use the song), Last Used. Cells a spreadsheet would run as a formula are prefixed with a quote.")
	ResponseEntity<String> usage(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"song-usage-" + from + "-to-" + to + ".csv\"")
			.body(reports.usageCsv(from, to));
	}

	record FeedUrl(String url, Instant createdAt) {
	}

	@GetMapping(path = "/api/calendar/feed", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	@Operation(summary = "The URL of the plans' iCalendar feed",
			description = "Made on first use. Anyone with the URL can read the plans' titles, dates and songs: share it with the team only.")
	FeedUrl feed(HttpServletRequest request) {
		return url(reports.feed());
	}

	@PostMapping(path = "/api/calendar/feed/rotate", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	@Operation(summary = "Replace the feed URL", description = "The old URL stops working at once.")
	FeedUrl rotate() {
		return url(reports.rotate());
	}

	private static FeedUrl url(CalendarFeedRepository.Feed feed) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/calendar/{token}.ics")
			.buildAndExpand(feed.token())
			.toUriString();
		return new FeedUrl(url, feed.createdAt());
	}

}
