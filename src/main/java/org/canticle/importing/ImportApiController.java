package org.canticle.importing;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.canticle.system.BadRequestException;
import org.canticle.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/import", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Import", description = "Songs from OpenLyrics, ChordPro, text, OpenSong, SongSelect and OpenLP")
class ImportApiController {

	static final int MAX_FILES = 1000;

	private final ImportJobs jobs;

	private final long maxFileSize;

	ImportApiController(ImportJobs jobs,
			@Value("${spring.servlet.multipart.max-file-size:32MB}") DataSize maxFileSize) {
		this.jobs = jobs;
		this.maxFileSize = maxFileSize.toBytes();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Start an import of one or many files",
			description = "Multipart field files (or file), repeated. The format of each is found from its extension and content: OpenLyrics 0.8/0.9 (.xml), ChordPro (.cho, .chordpro, .chopro, .crd, .pro), chords-over-words or SongSelect text (.txt), SongSelect .usr, OpenSong (XML, often without extension), OpenLP's songs.sqlite, or a zip of them. Answers 202 with Location /api/import/{jobId}; poll it for progress and the report.")
	ResponseEntity<ImportJob.Report> start(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "file", required = false) List<MultipartFile> file, Principal principal)
			throws IOException {
		List<ImportService.Upload> uploads = uploads(files, file, maxFileSize);
		ImportJob job = jobs.start(principal.getName(), uploads);
		return ResponseEntity.accepted().location(URI.create("/api/import/" + job.id())).body(job.report());
	}

	@GetMapping("/{jobId}")
	@Operation(summary = "Progress and report of an import",
			description = "{status, done, total, imported[{file, songId, title, warnings}], skipped[{file, title, reason}], refused[{file, line, reason}]}; only for the user who started it.")
	ImportJob.Report get(@PathVariable String jobId, Principal principal) {
		return jobs.find(jobId, principal.getName()).orElseThrow(() -> new NotFoundException("Import", jobId)).report();
	}

	static List<ImportService.Upload> uploads(List<MultipartFile> files, List<MultipartFile> file, long maxFileSize)
			throws IOException {
		List<MultipartFile> all = new ArrayList<>();
		if (files != null) {
			all.addAll(files);
		}
		if (file != null) {
			all.addAll(file);
		}
		all.removeIf(f -> f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()));
		if (all.isEmpty()) {
			throw new BadRequestException("files", "choose at least one file to import");
		}
		if (all.size() > MAX_FILES) {
			throw new BadRequestException("files", "at most " + MAX_FILES + " files at once: zip them");
		}
		List<ImportService.Upload> uploads = new ArrayList<>();
		for (MultipartFile f : all) {
			// the servlet container enforces the limit on real uploads
			// (MaxUploadSizeExceededException → 413); this
			// keeps the same answer wherever the parts come from
			if (f.getSize() > maxFileSize) {
				throw new MaxUploadSizeExceededException(maxFileSize);
			}
			String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "upload"
					: f.getOriginalFilename();
			// the bytes are read now: the servlet container deletes its temporary files
			// when the request ends
			uploads.add(new ImportService.Upload(name, f.getBytes()));
		}
		return uploads;
	}

}
