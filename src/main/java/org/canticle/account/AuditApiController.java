package org.canticle.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.canticle.system.ResultPage;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Who did what, and when (admins only)")
class AuditApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The audit log, newest first",
			description = "kind (song, plan, user, token, share) and targetId narrow it to one kind of thing or one thing: who created a song and who changed it last.")
	ResultPage<AuditEntry> page(
			@RequestParam(required = false) @Pattern(regexp = "[a-z]{1,20}",
					message = "must be a kind such as song or plan") String kind,
			@RequestParam(required = false) Long targetId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return audit.page(kind, targetId, page, size);
	}

}
