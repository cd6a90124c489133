package org.canticle.song;

import java.net.URI;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.canticle.chart.ChartFormat;
import org.canticle.chart.Key;
import org.canticle.system.BadRequestException;
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

	private final SongCharts charts;

	SongApiController(SongService songs, SongCharts charts) {
		this.songs = songs;
		this.charts = charts;
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
		return ETags.<Song>notModified(ifNoneMatch, () -> songs.version(id).map(version -> ETags.of(KIND, id, version)))
			.orElseGet(() -> {
				Song song = songs.get(id);
				return ResponseEntity.ok().eTag(ETags.of(KIND, id, song.version())).body(song);
			});
	}

	@GetMapping("/{id}/chart")
	@Operation(summary = "The chart rendered in a key, with a capo, in a format",
			description = "format: chordpro (default), text (chords over words, monospaced), html (chords above syllables, escaped), lyrics, nashville (ChordPro with Nashville numbers). key: the key to play in (default: the song's own). capo: 0-11, shows the shapes to play while the sounding key stays. An unknown key or format is a 400 problem.")
	ResponseEntity<RenderedChart> chart(@PathVariable long id,
			@RequestParam(required = false) @Size(max = 4) String key, @RequestParam(defaultValue = "0") int capo,
			@RequestParam(defaultValue = "chordpro") String format,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Optional<Key> target = key == null || key.isBlank() ? Optional.empty() : Optional.of(Key.tryParse(key)
			.orElseThrow(() -> new BadRequestException("key", "must be a key such as G, Bb or F#m")));
		ChartFormat chartFormat = ChartFormat.tryParse(format)
			.orElseThrow(
					() -> new BadRequestException("format", "must be one of chordpro, text, html, lyrics, nashville"));
		Song song = songs.get(id);
		// the rendering is a pure function of the song's version and the query: so is its
		// tag
		String etag = "\"" + KIND + "-" + id + "-v" + song.version() + "-" + target.map(Key::toString).orElse("") + "-"
				+ capo + "-" + chartFormat.name().toLowerCase() + "\"";
		if (ETags.matchesNoneMatch(ifNoneMatch, etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(charts.render(song, target, capo, chartFormat));
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
	@Operation(summary = "Replace a song",
			description = "Needs If-Match with the ETag you read: 428 without it, 412 when someone changed the song meanwhile.")
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
