package org.canticle.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.canticle.system.BadRequestException;
import org.canticle.system.FieldProblem;
import org.canticle.system.Format;
import org.canticle.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who serves when: a plan's times and needed positions, asking people (with an email in
 * the same transaction), their answers, the picker, the plans × positions matrix, My
 * schedule and blockouts.
 */
@Service
public class ScheduleService {

	static final int CANDIDATES_SHOWN = 200;

	static final int MATRIX_PLANS = 40;

	static final int MY_ITEMS = 100;

	static final int MY_BLOCKOUTS = 100;

	static final int MAX_TIMES = 20;

	private final ScheduleRepository repository;

	private final ScheduleMail mail;

	private final LocalTimes times;

	private final SchedulingSettings settings;

	private final TeamRepository teams;

	private final ResponseLinks links;

	ScheduleService(ScheduleRepository repository, ScheduleMail mail, LocalTimes times, SchedulingSettings settings,
			TeamRepository teams, ResponseLinks links) {
		this.links = links;
		this.repository = repository;
		this.mail = mail;
		this.times = times;
		this.settings = settings;
		this.teams = teams;
	}

	/** A plan's schedule: four statements, whatever it holds. */
	@Transactional(readOnly = true)
	public PlanSchedule schedule(long planId) {
		ScheduleRepository.PlanHead plan = plan(planId);
		return new PlanSchedule(plan.id(), plan.date(), plan.title(), plan.leaderId(), plan.leaderName(),
				repository.times(planId), repository.needs(planId), repository.assignments(planId));
	}

	@Transactional
	public PlanTime addTime(long planId, TimeInput input) {
		plan(planId);
		List<FieldProblem> problems = new ArrayList<>();
		if (input.kind() == null) {
			problems.add(new FieldProblem("kind", "must be SERVICE or REHEARSAL"));
		}
		Instant start = parse(input.startsAt(), "startsAt", true, problems);
		Instant end = parse(input.endsAt(), "endsAt", false, problems);
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add(new FieldProblem("endsAt", "must be after the start"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		if (repository.times(planId).size() >= MAX_TIMES) {
			throw new BadRequestException("startsAt", "a plan has at most " + MAX_TIMES + " times");
		}
		long id = repository.insertTime(planId, input.kind(), start, end);
		return new PlanTime(id, planId, input.kind(), start, end);
	}

	/**
	 * An ISO date-time with an offset ("2031-12-07T09:00:00-05:00"), or a local one
	 * ("2031-12-07T09:00"), read in the team's zone.
	 */
	private Instant parse(String value, String field, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return times.instant(LocalDateTime.parse(value.strip()));
			}
			catch (DateTimeParseException again) {
				problems
					.add(new FieldProblem(field, "must be a date and time like 2031-12-07T09:00 (or with an offset)"));
				return null;
			}
		}
	}

	@Transactional
	public void removeTime(long planId, long timeId) {
		plan(planId);
		if (!repository.deleteTime(planId, timeId)) {
			throw new NotFoundException("Plan time", timeId);
		}
	}

	@Transactional
	public void setNeed(long planId, NeedInput input) {
		plan(planId);
		checkNeed(input, "");
		repository.setNeed(planId, input.positionId(), input.needed());
	}

	/** Replaces all the plan's needs. */
	@Transactional
	public void replaceNeeds(long planId, List<NeedInput> needs) {
		plan(planId);
		Set<Long> seen = new LinkedHashSet<>();
		for (int i = 0; i < needs.size(); i++) {
			NeedInput need = needs.get(i);
			checkNeed(need, "[" + i + "].");
			if (!seen.add(need.positionId())) {
				throw new BadRequestException("[" + i + "].positionId", "is listed twice");
			}
		}
		repository.clearNeeds(planId);
		for (NeedInput need : needs) {
			repository.setNeed(planId, need.positionId(), need.needed());
		}
	}

	private void checkNeed(NeedInput need, String prefix) {
		if (need == null || need.positionId() == null) {
			throw new BadRequestException(prefix + "positionId", "is required");
		}
		if (need.needed() < 1 || need.needed() > 50) {
			throw new BadRequestException(prefix + "needed", "must be between 1 and 50");
		}
		if (teams.position(need.positionId()).isEmpty()) {
			throw new BadRequestException(prefix + "positionId", "is not a position");
		}
	}

	@Transactional
	public void removeNeed(long planId, long positionId) {
		plan(planId);
		if (!repository.removeNeed(planId, positionId)) {
			throw new NotFoundException("Needed position", positionId);
		}
	}

	/**
	 * The result of scheduling someone: the assignment, and whether they were emailed.
	 */
	public record Assigned(Assignment assignment, boolean emailed) {
	}

	/**
	 * Asks someone to serve on a position the plan needs, and emails them the request (in
	 * the same transaction). Someone booked at the same time or blocked out is scheduled
	 * only with {@code confirm}; otherwise 409 with the warnings.
	 */
	@Transactional
	public Assigned assign(long planId, AssignInput input, Long actorUserId) {
		ScheduleRepository.PlanHead plan = plan(planId);
		if (input.positionId() == null) {
			throw new BadRequestException("positionId", "is required");
		}
		if (input.profileId() == null) {
			throw new BadRequestException("profileId", "is required");
		}
		List<PlanNeed> needs = repository.needs(planId);
		PlanNeed need = needs.stream()
			.filter(n -> n.positionId() == input.positionId())
			.findFirst()
			.orElseThrow(() -> new BadRequestException("positionId", "is not a position this plan needs"));
		ScheduleRepository.Person person = repository.person(input.profileId())
			.orElseThrow(() -> new BadRequestException("profileId", "is not a profile"));
		List<Assignment> current = repository.assignments(planId);
		if (current.stream()
			.anyMatch(a -> a.positionId() != null && a.positionId() == need.positionId() && a.profileId() != null
					&& a.profileId() == person.id())) {
			throw new BadRequestException("profileId", person.name() + " is already scheduled as " + need.label());
		}
		List<PlanTime> planTimes = repository.times(planId);
		if (!input.confirm()) {
			List<ScheduleConflictException.Warning> warnings = warnings(plan, planTimes, person, current);
			if (!warnings.isEmpty()) {
				throw new ScheduleConflictException(warnings);
			}
		}
		Instant now = times.now();
		String nonce = ResponseLinks.nonce();
		long id = repository.insertAssignment(planId, need.positionId(), need.label(), person, nonce, now, actorUserId);
		boolean emailed = person.email() != null && !person.email().isBlank();
		if (emailed) {
			mail.request(person.email(), id, nonce, now.plus(settings.linkValidity()),
					mail.about(person.name(), need.label(), plan, planTimes));
		}
		return new Assigned(new Assignment(id, planId, need.positionId(), need.label(), person.id(), person.name(),
				AssignmentStatus.PENDING, null, null, now), emailed);
	}

	/** The days a plan occupies: its date and the days of its times. */
	private Set<LocalDate> days(ScheduleRepository.PlanHead plan, List<PlanTime> planTimes) {
		Set<LocalDate> days = new TreeSet<>();
		days.add(plan.date());
		planTimes.forEach(time -> days.add(times.date(time.startsAt())));
		return days;
	}

	private List<ScheduleConflictException.Warning> warnings(ScheduleRepository.PlanHead plan, List<PlanTime> planTimes,
			ScheduleRepository.Person person, List<Assignment> current) {
		List<ScheduleConflictException.Warning> warnings = new ArrayList<>();
		current.stream()
			.filter(a -> a.profileId() != null && a.profileId() == person.id()
					&& a.status() != AssignmentStatus.DECLINED)
			.forEach(a -> warnings
				.add(new ScheduleConflictException.Warning(ScheduleConflictException.Warning.Kind.DOUBLE_BOOKED,
						person.name() + " is already scheduled on this plan as " + a.positionName() + ".")));
		Set<LocalDate> days = days(plan, planTimes);
		LocalDate first = days.iterator().next();
		LocalDate last = ((TreeSet<LocalDate>) days).last();
		List<ScheduleRepository.Booking> bookings = repository.bookings(person.id(), first, last)
			.stream()
			.filter(b -> b.planId() != plan.id())
			.toList();
		if (!bookings.isEmpty()) {
			List<PlanTime> theirTimes = repository.timesOfBookings(person.id(), first, last);
			for (ScheduleRepository.Booking booking : bookings) {
				List<PlanTime> other = theirTimes.stream().filter(t -> t.planId() == booking.planId()).toList();
				boolean clash = planTimes.isEmpty() || other.isEmpty() ? booking.date().equals(plan.date())
						: planTimes.stream().anyMatch(mine -> other.stream().anyMatch(mine::overlaps));
				if (clash) {
					warnings
						.add(new ScheduleConflictException.Warning(ScheduleConflictException.Warning.Kind.DOUBLE_BOOKED,
								person.name() + " is already scheduled as " + booking.positionName() + " on “"
										+ booking.planTitle() + "” (" + Format.date(booking.date())
										+ ") at the same time."));
				}
			}
		}
		for (Blockout blockout : repository.blockoutsAround(first, last, person.id())) {
			days.stream()
				.filter(blockout::covers)
				.findFirst()
				.ifPresent(day -> warnings
					.add(new ScheduleConflictException.Warning(ScheduleConflictException.Warning.Kind.BLOCKED_OUT,
							person.name() + " is blocked out on " + Format.date(day)
									+ (blockout.reason().isBlank() ? "" : " (" + blockout.reason() + ")") + ".")));
		}
		return warnings;
	}

	@Transactional
	public void unassign(long planId, long assignmentId) {
		plan(planId);
		if (!repository.deleteAssignment(planId, assignmentId)) {
			throw new NotFoundException("Assignment", assignmentId);
		}
	}

	/**
	 * The people for a position of a plan: those who play it first, each free, blocked
	 * out or already scheduled that day, with when they last served. Five statements.
	 */
	@Transactional(readOnly = true)
	public Picker picker(long planId, long positionId) {
		ScheduleRepository.PlanHead plan = plan(planId);
		PlanNeed need = repository.needs(planId)
			.stream()
			.filter(n -> n.positionId() == positionId)
			.findFirst()
			.orElseThrow(() -> new BadRequestException("positionId", "is not a position this plan needs"));
		List<Assignment> current = repository.assignments(planId);
		Map<Long, List<String>> scheduled = new HashMap<>();
		for (ScheduleRepository.DayBooking booking : repository.bookingsOn(plan.date())) {
			scheduled.computeIfAbsent(booking.profileId(), k -> new ArrayList<>())
				.add(booking.booking().positionName() + " on “" + booking.booking().planTitle() + "”");
		}
		Map<Long, Blockout> blocked = new HashMap<>();
		for (Blockout blockout : repository.blockoutsAround(plan.date(), plan.date(), null)) {
			if (blockout.covers(plan.date())) {
				blocked.putIfAbsent(blockout.profileId(), blockout);
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		for (ScheduleRepository.CandidateRow row : repository.candidates(positionId, plan.date(), CANDIDATES_SHOWN)) {
			Blockout blockout = blocked.get(row.profileId());
			List<String> elsewhere = scheduled.getOrDefault(row.profileId(), List.of());
			Candidate.Availability availability = blockout != null ? Candidate.Availability.BLOCKED_OUT
					: !elsewhere.isEmpty() ? Candidate.Availability.SCHEDULED : Candidate.Availability.FREE;
			boolean onIt = current.stream()
				.anyMatch(a -> a.profileId() != null && a.profileId() == row.profileId() && a.positionId() != null
						&& a.positionId() == positionId);
			candidates.add(new Candidate(row.profileId(), row.name(), row.email() != null && !row.email().isBlank(),
					row.plays(), availability,
					blockout == null ? null
							: blockout.reason().isBlank() ? blockout.describe()
									: blockout.describe() + ": " + blockout.reason(),
					elsewhere, row.lastServed(), onIt));
		}
		candidates.sort(Comparator.comparing((Candidate c) -> !c.playsPosition())
			.thenComparing(Candidate::availability)
			.thenComparing(c -> c.lastServed() == null ? LocalDate.MIN : c.lastServed())
			.thenComparing(Candidate::name));
		int filled = (int) current.stream()
			.filter(a -> a.positionId() != null && a.positionId() == positionId
					&& a.status() != AssignmentStatus.DECLINED)
			.count();
		return new Picker(planId, plan.title(), Format.date(plan.date()), need, filled, candidates);
	}

	/**
	 * A member answers their own request (a leader or admin may answer for anyone). A
	 * decline tells the leader.
	 */
	@Transactional
	public Assignment respond(long assignmentId, ResponseInput input, Caller caller) {
		ScheduleRepository.AssignmentRead read = repository.assignment(assignmentId)
			.orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
		Assignment assignment = read.assignment();
		boolean own = caller.profileId() != null && assignment.profileId() != null
				&& caller.profileId().equals(assignment.profileId());
		if (!own && !caller.editor()) {
			throw new AccessDeniedException("You answer only your own requests.");
		}
		if (input.answer() == null) {
			throw new BadRequestException("answer", "must be ACCEPTED or DECLINED");
		}
		if (input.answer() == AssignmentStatus.PENDING) {
			throw new BadRequestException("answer", "must be ACCEPTED or DECLINED");
		}
		if (assignment.removed()) {
			throw new BadRequestException("assignmentId", "belongs to a removed person");
		}
		return answer(read, null, input.answer(), input.reason());
	}

	private Assignment answer(ScheduleRepository.AssignmentRead read, String nonce, AssignmentStatus status,
			String reason) {
		Assignment assignment = read.assignment();
		String kept = status == AssignmentStatus.DECLINED && reason != null && !reason.isBlank() ? reason.strip()
				: null;
		Instant now = times.now();
		if (!repository.respond(assignment.id(), nonce, status, kept, now, ResponseLinks.nonce())) {
			return null;
		}
		if (status == AssignmentStatus.DECLINED && assignment.status() != AssignmentStatus.DECLINED) {
			String leader = read.plan().leaderEmail() != null ? read.plan().leaderEmail() : read.schedulerEmail();
			if (leader != null && !leader.isBlank()) {
				mail.declined(leader, kept, mail.about(assignment.profileName(), assignment.positionName(), read.plan(),
						repository.times(read.plan().id())));
			}
		}
		return new Assignment(assignment.id(), assignment.planId(), assignment.positionId(), assignment.positionName(),
				assignment.profileId(), assignment.profileName(), status, kept, now, assignment.createdAt());
	}

	/** Where an emailed link stands. */
	public enum LinkState {

		/** it can be used */
		VALID,
		/** not a link Canticle made, or changed */
		INVALID,
		/** too old */
		EXPIRED,
		/** answered already (with this link or another way) */
		USED

	}

	/** What the answer page shows about a link. */
	public record LinkView(LinkState state, String answer, Assignment assignment, String planTitle, String planDate,
			List<String> times) {
	}

	/**
	 * What a link would confirm, for the page that asks for the click: three statements.
	 */
	@Transactional(readOnly = true)
	public LinkView link(String token) {
		return check(token).view();
	}

	private record Checked(LinkView view, ResponseLinks.Link link, ScheduleRepository.AssignmentRead read) {
	}

	private Checked check(String token) {
		Optional<ResponseLinks.Link> verified = links.verify(token);
		if (verified.isEmpty()) {
			return new Checked(new LinkView(LinkState.INVALID, null, null, null, null, List.of()), null, null);
		}
		ResponseLinks.Link link = verified.get();
		String answer = link.answer() == ResponseLinks.Answer.ACCEPT ? "accept" : "decline";
		if (!link.expiresAt().isAfter(times.now())) {
			return new Checked(new LinkView(LinkState.EXPIRED, answer, null, null, null, List.of()), link, null);
		}
		Optional<ScheduleRepository.AssignmentRead> read = repository.assignment(link.assignmentId());
		if (read.isEmpty() || read.get().assignment().removed()) {
			return new Checked(new LinkView(LinkState.INVALID, answer, null, null, null, List.of()), link, null);
		}
		ScheduleRepository.AssignmentRead found = read.get();
		LinkState state = link.nonce().equals(found.nonce()) ? LinkState.VALID : LinkState.USED;
		return new Checked(
				new LinkView(state, answer, found.assignment(), found.plan().title(), Format.date(found.plan().date()),
						repository.times(found.plan().id()).stream().map(times::describe).toList()),
				link, found);
	}

	/**
	 * Answers with an emailed link, once; the view says what happened (a used, expired or
	 * changed link changes nothing).
	 */
	@Transactional
	public LinkView answerByLink(String token, String reason) {
		Checked checked = check(token);
		if (checked.view().state() != LinkState.VALID) {
			return checked.view();
		}
		AssignmentStatus status = checked.link().answer() == ResponseLinks.Answer.ACCEPT ? AssignmentStatus.ACCEPTED
				: AssignmentStatus.DECLINED;
		if (reason != null && reason.length() > 500) {
			throw new BadRequestException("reason", "must be at most 500 characters");
		}
		Assignment answered = answer(checked.read(), checked.link().nonce(), status, reason);
		if (answered == null) {
			LinkView view = checked.view();
			return new LinkView(LinkState.USED, view.answer(), view.assignment(), view.planTitle(), view.planDate(),
					view.times());
		}
		LinkView view = checked.view();
		return new LinkView(LinkState.VALID, view.answer(), answered, view.planTitle(), view.planDate(), view.times());
	}

	/** Plans × positions from a date to a date: four statements. */
	@Transactional(readOnly = true)
	public Matrix matrix(LocalDate from, LocalDate to) {
		LocalDate start = from != null ? from : times.today();
		LocalDate end = to != null ? to : start.plusWeeks(8);
		if (end.isBefore(start)) {
			throw new BadRequestException("to", "must not be before from");
		}
		if (end.isAfter(start.plusYears(1))) {
			throw new BadRequestException("to", "must be within a year of from");
		}
		List<Matrix.Column> plans = repository.plansBetween(start, end, MATRIX_PLANS)
			.stream()
			.map(p -> new Matrix.Column(p.id(), p.date(), p.title()))
			.toList();
		Set<Long> shown = new LinkedHashSet<>(plans.stream().map(Matrix.Column::id).toList());
		Map<Long, Matrix.Row> rows = new LinkedHashMap<>();
		Map<Long, Map<Long, Integer>> needed = new HashMap<>();
		for (ScheduleRepository.PlanNeedRow row : repository.needsBetween(start, end)) {
			if (shown.contains(row.planId())) {
				rows.putIfAbsent(row.need().positionId(), new Matrix.Row(row.need().positionId(), row.need().label()));
				needed.computeIfAbsent(row.planId(), k -> new HashMap<>())
					.put(row.need().positionId(), row.need().needed());
			}
		}
		Map<Long, Map<Long, List<Assignment>>> asked = new HashMap<>();
		for (Assignment assignment : repository.assignmentsBetween(start, end)) {
			if (shown.contains(assignment.planId()) && assignment.positionId() != null) {
				rows.putIfAbsent(assignment.positionId(),
						new Matrix.Row(assignment.positionId(), assignment.positionName()));
				asked.computeIfAbsent(assignment.planId(), k -> new HashMap<>())
					.computeIfAbsent(assignment.positionId(), k -> new ArrayList<>())
					.add(assignment);
			}
		}
		Map<Long, Map<Long, Matrix.Cell>> cells = new HashMap<>();
		for (Matrix.Column plan : plans) {
			Map<Long, Matrix.Cell> planCells = new HashMap<>();
			for (Matrix.Row row : rows.values()) {
				planCells.put(row.positionId(),
						new Matrix.Cell(needed.getOrDefault(plan.id(), Map.of()).getOrDefault(row.positionId(), 0),
								asked.getOrDefault(plan.id(), Map.of()).getOrDefault(row.positionId(), List.of())));
			}
			cells.put(plan.id(), planCells);
		}
		return new Matrix(start, end, plans, List.copyOf(rows.values()), cells);
	}

	/** Someone's coming assignments and blockouts: three statements. */
	@Transactional(readOnly = true)
	public MySchedule mySchedule(long profileId) {
		LocalDate today = times.today();
		List<PlanTime> planTimes = repository.timesOfAssignments(profileId, today);
		List<MySchedule.Item> items = repository.assignmentsOf(profileId, today, MY_ITEMS)
			.stream()
			.map(mine -> new MySchedule.Item(mine.assignment(), mine.date(), mine.planTitle(),
					planTimes.stream().filter(t -> t.planId() == mine.assignment().planId()).toList()))
			.toList();
		return new MySchedule(profileId, null, items, repository.blockoutsOf(profileId, today, MY_BLOCKOUTS));
	}

	@Transactional
	public Blockout addBlockout(long profileId, BlockoutInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.startsOn() == null) {
			problems.add(new FieldProblem("startsOn", "is required"));
		}
		LocalDate end = input.endsOn() != null ? input.endsOn() : input.startsOn();
		if (input.startsOn() != null && end.isBefore(input.startsOn())) {
			problems.add(new FieldProblem("endsOn", "must not be before the first day"));
		}
		if (input.startsOn() != null && end != null && end.isAfter(input.startsOn().plusDays(366))) {
			problems.add(new FieldProblem("endsOn", "must be within a year of the first day"));
		}
		if (input.repeatUntil() != null && end != null && input.repeatUntil().isBefore(end)) {
			problems.add(new FieldProblem("repeatUntil", "must not be before the last day"));
		}
		if (input.repeatUntil() != null && end != null && end.isAfter(input.startsOn().plusDays(6))) {
			problems.add(new FieldProblem("repeatUntil", "only ranges of up to a week can repeat weekly"));
		}
		if (input.repeatUntil() != null && input.startsOn() != null
				&& input.repeatUntil().isAfter(input.startsOn().plusYears(2))) {
			problems.add(new FieldProblem("repeatUntil", "must be within two years"));
		}
		String reason = input.reason() == null ? "" : input.reason().strip();
		if (reason.length() > 200) {
			problems.add(new FieldProblem("reason", "must be at most 200 characters"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		if (!teams.profileExists(profileId)) {
			throw new NotFoundException("Profile", profileId);
		}
		long id = repository.insertBlockout(profileId, input.startsOn(), end, input.repeatUntil(), reason, times.now());
		return new Blockout(id, profileId, null, input.startsOn(), end, input.repeatUntil(), reason);
	}

	@Transactional
	public void removeBlockout(long profileId, long id) {
		if (!repository.deleteBlockout(profileId, id)) {
			throw new NotFoundException("Blockout", id);
		}
	}

	private ScheduleRepository.PlanHead plan(long planId) {
		return repository.plan(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
	}

}
