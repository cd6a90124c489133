package org.canticle.song;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
@RequestMapping(path = "/api/songs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Songs", description = "The song library")
class SongApiController {

	static final String KIND = "song";

	private final SongService songs;

	SongApiController(SongService songs) {
		this.songs = songs;
	}

	@GetMapping
	@Operation(summary = "Search the library",
			description = "q matches title, authors, lyrics and tags, ignoring case and accents; title matches come first. Archived songs are not listed.")
	ResultPage<SongSummary> search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 40) String tag,
			@RequestParam(required = false) @Pattern(regexp = SongInput.KEY_PATTERN,
					message = "must be a key such as G, Bb or F#m") String key,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(SongService.MAX_PAGE_SIZE) int size) {
		return songs.search(new SongQuery(q, tag, key, page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One song with its chart", description = "Sends an ETag; If-None-Match with it answers 304.")
	ResponseEntity<Song> get(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		if (ifNoneMatch != null) {
			var version = songs.version(id);
			if (version.isPresent() && ETags.matchesNoneMatch(ifNoneMatch, ETags.of(KIND, id, version.get()))) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(ETags.of(KIND, id, version.get())).build();
			}
		}
		Song song = songs.get(id);
		return ResponseEntity.ok().eTag(ETags.of(KIND, id, song.version())).body(song);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a song")
	ResponseEntity<Song> create(@Valid @RequestBody SongInput input) {
		Song song = songs.create(input);
		return ResponseEntity.created(URI.create("/api/songs/" + song.id()))
			.eTag(ETags.of(KIND, song.id(), song.version()))
			.body(song);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a song", description = "Needs If-Match with the ETag you read: 428 without it, 412 when someone changed the song meanwhile.")
	ResponseEntity<Song> replace(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SongInput input) {
		Integer expected = ETags.expectedVersion(ifMatch, KIND, id);
		Song song = songs.replace(id, expected, input);
		return ResponseEntity.ok().eTag(ETags.of(KIND, id, song.version())).body(song);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a song",
			description = "A song that no plan uses is deleted. A song that a plan uses is archived instead: it leaves the library and search, and stays in its plans (GET /api/songs/{id} still answers, with archived: true).")
	void delete(@PathVariable long id) {
		songs.delete(id);
	}

}
