package org.canticle.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds everyone scheduled (and not declined) {@code reminderDays} before the plan's
 * date, once: the assignments due are locked ({@code FOR UPDATE SKIP LOCKED}) and marked
 * in the transaction that queues their emails, so several instances remind each person
 * once.
 */
@Component
class Reminders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	static final int ROUND_SIZE = 100;

	private final ScheduleRepository repository;

	private final ScheduleMail mail;

	private final LocalTimes times;

	private final SchedulingSettings settings;

	private final TransactionTemplate transaction;

	private volatile ScheduledExecutorService scheduler;

	Reminders(ScheduleRepository repository, ScheduleMail mail, LocalTimes times, SchedulingSettings settings,
			TransactionTemplate transaction) {
		this.repository = repository;
		this.mail = mail;
		this.times = times;
		this.settings = settings;
		this.transaction = transaction;
	}

	/** Queues the reminders due now. @return how many */
	int remindDue() {
		if (settings.reminderDays() <= 0) {
			return 0;
		}
		Integer count = transaction.execute(status -> {
			LocalDate today = times.today();
			List<Long> due = repository.lockDueReminders(today, today.plusDays(settings.reminderDays()), ROUND_SIZE);
			Instant now = times.now();
			for (long id : due) {
				repository.assignment(id).ifPresent(read -> {
					if (read.profileEmail() != null && !read.profileEmail().isBlank()) {
						Assignment assignment = read.assignment();
						mail.reminder(read.profileEmail(), assignment.id(), read.nonce(),
								assignment.status() == AssignmentStatus.PENDING, now.plus(settings.linkValidity()),
								mail.about(assignment.profileName(), assignment.positionName(), read.plan(),
										repository.times(read.plan().id())));
					}
				});
				repository.markReminded(id, now);
			}
			return due.size();
		});
		return count == null ? 0 : count;
	}

	private void round() {
		try {
			remindDue();
		}
		catch (RuntimeException ex) {
			log.debug("Reminder round failed: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		if (settings.reminderDays() <= 0) {
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "schedule-reminders");
			thread.setDaemon(true);
			return thread;
		});
		long interval = settings.reminderInterval().toMillis();
		scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = scheduler;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
