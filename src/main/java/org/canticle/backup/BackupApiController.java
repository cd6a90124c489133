package org.canticle.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.canticle.system.BadRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Backup", description = "The whole database to one archive and back (admins)")
class BackupApiController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final BackupService backups;

	private final Clock clock;

	BackupApiController(BackupService backups, Clock clock) {
		this.backups = backups;
		this.clock = clock;
	}

	@GetMapping("/backup")
	@Operation(summary = "Download a backup of the whole database",
			description = "A zip: manifest.json {format, version, createdAt, counts, withSecrets} and tables/<table>.json per table. secrets=true includes secret columns (password hashes, once accounts exist); leave it off unless you need them.")
	void backup(@RequestParam(defaultValue = "false") boolean secrets, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"canticle-backup-" + STAMP.format(clock.instant()) + ".zip\"");
		backups.backup(response.getOutputStream(), secrets);
	}

	@PostMapping(path = "/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Restore a backup into an empty Canticle",
			description = "Multipart field file. Every row comes back with its id; identity sequences move past them. 409 when the database is not empty, 400 when the file is not a readable backup; in both cases nothing changes.")
	BackupArchive.Manifest restore(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new BadRequestException("file", "choose a backup file");
		}
		return backups.restore(file.getBytes());
	}

}
