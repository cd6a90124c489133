package org.canticle.importing;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.canticle.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import and export pages: plain forms; the import report updates itself through htmx
 * polling.
 */
@Controller
class ImportPagesController {

	private final ImportJobs jobs;

	private final long maxFileSize;

	ImportPagesController(ImportJobs jobs,
			@Value("${spring.servlet.multipart.max-file-size:32MB}") DataSize maxFileSize) {
		this.jobs = jobs;
		this.maxFileSize = maxFileSize.toBytes();
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	String importForm(HttpServletRequest request, Model model) {
		model.addAttribute("csrf", request.getAttribute(CsrfToken.class.getName()));
		return "importing/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	String startImport(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal)
			throws IOException {
		ImportJob job = jobs.start(principal.getName(), ImportApiController.uploads(files, null, maxFileSize));
		return "redirect:/import/" + job.id();
	}

	@GetMapping("/import/{jobId}")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	String importJob(@PathVariable String jobId, Principal principal, Model model) {
		model.addAttribute("page", page(jobId, principal));
		return "importing/import-job";
	}

	@GetMapping("/import/{jobId}/progress")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	String importProgress(@PathVariable String jobId, Principal principal, Model model) {
		model.addAttribute("page", page(jobId, principal));
		return "importing/import-progress";
	}

	@GetMapping("/export")
	String export(Authentication authentication, Model model) {
		model.addAttribute("admin",
				authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN")));
		return "importing/export";
	}

	private ImportPage page(String jobId, Principal principal) {
		return ImportPage.of(jobs.find(jobId, principal.getName())
			.orElseThrow(() -> new NotFoundException("Import", jobId))
			.report());
	}

}
