package org.canticle.printing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.canticle.chart.Key;
import org.canticle.system.BadRequestException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Export", description = "Songs as ChordPro or OpenLyrics files, charts and plans as PDF")
class PrintApiController {

	private final PrintService print;

	PrintApiController(PrintService print) {
		this.print = print;
	}

	@GetMapping("/api/songs/{id}/pdf")
	@Operation(summary = "A song's chart as PDF",
			description = "key and capo as for the chart endpoint; lyricsOnly=true prints the words alone, for singers.")
	ResponseEntity<byte[]> songPdf(@PathVariable long id, @RequestParam(required = false) @Size(max = 4) String key,
			@RequestParam(defaultValue = "0") int capo, @RequestParam(defaultValue = "false") boolean lyricsOnly) {
		Optional<Key> target = key == null || key.isBlank() ? Optional.empty() : Optional.of(Key.tryParse(key)
			.orElseThrow(() -> new BadRequestException("key", "must be a key such as G, Bb or F#m")));
		return pdf(print.song(id, target, capo, lyricsOnly));
	}

	@GetMapping("/api/plans/{id}/pdf")
	@Operation(summary = "A plan's charts as one PDF",
			description = "A cover page with the order of service, then each song in its plan key (and capo shapes), chords above lyrics, each song on a new page. lyricsOnly=true for singers. Two SQL statements whatever the size of the plan.")
	ResponseEntity<byte[]> planPdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean lyricsOnly) {
		return pdf(print.plan(id, lyricsOnly));
	}

	private static ResponseEntity<byte[]> pdf(PrintService.Pdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(pdf.content());
	}

}
