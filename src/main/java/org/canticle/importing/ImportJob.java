package org.canticle.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An import running in the background; polled for progress, read at the end as the
 * report. Thread-safe.
 */
public final class ImportJob {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	public record Imported(String file, long songId, String title, List<String> warnings) {
	}

	public record Skipped(String file, String title, String reason) {
	}

	/** What clients read: {@code GET /api/import/{id}}. */
	public record Report(String id, Status status, int done, int total, List<Imported> imported, List<Skipped> skipped,
			List<Refusal> refused, Instant startedAt, Instant finishedAt) {
	}

	private final String id;

	private final String owner;

	private final Instant createdAt;

	private Status status = Status.QUEUED;

	private int done;

	private int total;

	private final List<Imported> imported = new ArrayList<>();

	private final List<Skipped> skipped = new ArrayList<>();

	private final List<Refusal> refused = new ArrayList<>();

	private Instant finishedAt;

	ImportJob(String id, String owner, Instant createdAt) {
		this.id = id;
		this.owner = owner;
		this.createdAt = createdAt;
	}

	String id() {
		return id;
	}

	String owner() {
		return owner;
	}

	synchronized void running() {
		status = Status.RUNNING;
	}

	synchronized void total(int total) {
		this.total = total;
	}

	synchronized void imported(Imported song) {
		imported.add(song);
		done++;
	}

	synchronized void skipped(Skipped song) {
		skipped.add(song);
		done++;
	}

	/**
	 * A refusal of a parsed song counts as done; one of a whole file never entered the
	 * total.
	 */
	synchronized void refused(Refusal refusal, boolean counted) {
		refused.add(refusal);
		if (counted) {
			done++;
		}
	}

	synchronized void finished(Status status, Instant at) {
		this.status = status;
		this.finishedAt = at;
	}

	synchronized boolean expired(Instant now, java.time.Duration retention) {
		return finishedAt != null && finishedAt.plus(retention).isBefore(now);
	}

	synchronized Report report() {
		return new Report(id, status, done, total, List.copyOf(imported), List.copyOf(skipped), List.copyOf(refused),
				createdAt, finishedAt);
	}

}
