package org.canticle.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.canticle.song.Song;
import org.canticle.song.SongService;
import org.canticle.system.BadRequestException;
import org.canticle.system.Downloads;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Export", description = "Songs as ChordPro or OpenLyrics files, charts and plans as PDF")
class ExportApiController {

	private final SongService songs;

	private final SongLibraryRepository library;

	private final Clock clock;

	ExportApiController(SongService songs, SongLibraryRepository library, Clock clock) {
		this.songs = songs;
		this.library = library;
		this.clock = clock;
	}

	enum Format {

		CHORDPRO("cho", "text/plain;charset=UTF-8"), OPENLYRICS("xml", "application/xml;charset=UTF-8");

		final String extension;

		final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		static Format of(String text) {
			if (text != null) {
				for (Format format : values()) {
					if (format.name().equalsIgnoreCase(text.strip())) {
						return format;
					}
				}
			}
			throw new BadRequestException("format", "must be chordpro or openlyrics");
		}

	}

	@GetMapping("/api/songs/{id}/export")
	@Operation(summary = "One song as a ChordPro (.cho) or OpenLyrics (.xml) file",
			description = "format: chordpro (default) or openlyrics. Both carry title, authors, copyright, CCLI number, key, tempo, time signature and tags.")
	ResponseEntity<byte[]> song(@PathVariable long id, @RequestParam(defaultValue = "chordpro") String format) {
		Format chosen = Format.of(format);
		Song song = songs.get(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, chosen.contentType)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(Downloads.fileName(song.title(), chosen.extension)))
			.body(write(song, chosen).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/export/library")
	@Operation(summary = "The whole library as a zip of ChordPro or OpenLyrics files, streamed",
			description = "One file per song (archived songs are left out), named after its title. One SQL statement.")
	void library(@RequestParam(defaultValue = "chordpro") String format, HttpServletResponse response)
			throws IOException {
		Format chosen = Format.of(format);
		List<Song> all = library.allSongs();
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				attachment("canticle-library-" + LocalDate.now(clock) + "-" + chosen.name().toLowerCase() + ".zip"));
		Set<String> names = new HashSet<>();
		try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
			for (Song song : all) {
				String name = Downloads.fileName(song.title(), chosen.extension);
				if (!names.add(name.toLowerCase())) {
					name = Downloads.fileName(song.title() + " " + song.id(), chosen.extension);
					names.add(name.toLowerCase());
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(write(song, chosen).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

	private String write(Song song, Format format) {
		return format == Format.CHORDPRO ? ChordProFiles.write(song) : OpenLyricsWriter.write(song, clock.instant());
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
	}

}
