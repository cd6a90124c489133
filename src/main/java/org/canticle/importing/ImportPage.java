package org.canticle.importing;

import java.util.List;

/** What the import pages show of a job. */
public record ImportPage(String id, String status, int done, int total, boolean finished,
		List<ImportJob.Imported> imported, List<ImportJob.Skipped> skipped, List<Refusal> refused) {

	static ImportPage of(ImportJob.Report report) {
		return new ImportPage(report.id(), report.status().name().toLowerCase(), report.done(), report.total(),
				report.status() == ImportJob.Status.DONE || report.status() == ImportJob.Status.FAILED,
				report.imported(), report.skipped(), report.refused());
	}

}
