package org.canticle.importing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Imports run one at a time on a worker thread of their own, so that a big library never
 * holds a request thread; a bounded queue behind it answers 503 when full. Reports are
 * kept in memory for {@code job-retention}: an import is a one-off, and its report is
 * read by the person who started it, on the instance that runs it.
 */
@Component
class ImportJobs {

	private final ImportService imports;

	private final ImportSettings settings;

	private final Clock clock;

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final ThreadPoolExecutor executor;

	ImportJobs(ImportService imports, ImportSettings settings, Clock clock) {
		this.imports = imports;
		this.settings = settings;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(settings.maxQueuedImports(), 1)), runnable -> {
					Thread thread = new Thread(runnable, "canticle-import-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	ImportJob start(String owner, List<ImportService.Upload> uploads) {
		jobs.values().removeIf(job -> job.expired(clock.instant(), settings.jobRetention()));
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), owner, clock.instant());
		jobs.put(job.id(), job);
		try {
			executor.execute(() -> imports.run(job, uploads));
		}
		catch (RejectedExecutionException ex) {
			jobs.remove(job.id());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"Too many imports are waiting. Try again in a minute.");
			problem.setTitle("Imports busy");
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, ex);
		}
		return job;
	}

	/** The job, only for the user who started it. */
	Optional<ImportJob> find(String id, String owner) {
		return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(owner));
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(20, TimeUnit.SECONDS);
	}

}
