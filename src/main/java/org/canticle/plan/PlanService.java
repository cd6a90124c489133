package org.canticle.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.canticle.song.SongService;
import org.canticle.system.Auditor;
import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;
import org.canticle.system.FieldProblem;
import org.canticle.system.NotFoundException;
import org.canticle.system.ResultPage;
import org.canticle.system.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service plans and their items. Every change to a plan's items bumps the plan's version
 * and, for the audit, counts as a change of the plan: who changed it last is who last
 * changed anything in it.
 */
@Service
public class PlanService {

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * A service plan is a handful of songs; the cap keeps positions far below
	 * {@link PlanRepository#OFFSET}.
	 */
	public static final int MAX_ITEMS = 200;

	/** What the audit log calls plans. */
	static final String KIND = "plan";

	private final PlanRepository plans;

	private final PlanSongs planSongs;

	private final Clock clock;

	private final Auditor audit;

	PlanService(PlanRepository plans, PlanSongs planSongs, Clock clock, Auditor audit) {
		this.plans = plans;
		this.planSongs = planSongs;
		this.clock = clock;
		this.audit = audit;
	}

	public Plan get(long id) {
		return read(id).plan();
	}

	public PlanRead read(long id) {
		return plans.find(id).orElseThrow(() -> new NotFoundException("Plan", id));
	}

	/** What the plan's ETag is made of; empty when there is no such plan. */
	Optional<PlanState> state(long id) {
		return plans.findState(id);
	}

	SongsView songs(long id) {
		PlanRepository.SongsRead read = plans.findSongs(id).orElseThrow(() -> new NotFoundException("Plan", id));
		return new SongsView(planSongs.assemble(read), read.state());
	}

	record SongsView(PlanSongList songs, PlanState state) {
	}

	/** Plans between two dates (both optional, inclusive), newest first. */
	public ResultPage<PlanSummary> list(LocalDate from, LocalDate to, int page, int size) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new BadRequestException("from", "must not be after to");
		}
		int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		int number = Math.max(page, 0);
		long total = plans.count(from, to);
		return new ResultPage<>(plans.page(from, to, number * limit, limit), number, limit, total);
	}

	@Transactional
	public PlanRead create(PlanInput input) {
		checkLeader(input.leaderId());
		long id = plans.insert(input, clock.instant(), audit.actorId());
		audit.recordCreate(KIND, id);
		return read(id);
	}

	/**
	 * Replaces the plan's own fields (date, title, leader, notes), if it is still at the
	 * version the caller read.
	 * @param expectedVersion the version from If-Match, or null for "any"
	 */
	@Transactional
	public PlanRead replace(long id, Integer expectedVersion, PlanInput input) {
		checkLeader(input.leaderId());
		if (!plans.update(id, expectedVersion, input, clock.instant(), audit.actorId())) {
			throw staleOrMissing(id);
		}
		audit.recordUpdate(KIND, id);
		return read(id);
	}

	@Transactional
	public void delete(long id) {
		if (!plans.delete(id)) {
			throw new NotFoundException("Plan", id);
		}
		audit.recordDelete(KIND, id);
	}

	/**
	 * Adds a song or a header, at the end or at {@code position} (later items move down
	 * one).
	 */
	@Transactional
	public PlanItem addItem(long planId, Integer expectedVersion, ItemInput input) {
		touch(planId, expectedVersion);
		String title = null;
		String key = null;
		Integer capo = null;
		if (input.type() == ItemType.SONG) {
			List<FieldProblem> problems = new ArrayList<>();
			if (input.songId() == null) {
				problems.add(new FieldProblem("songId", "is required for a song"));
			}
			if (input.title() != null) {
				problems.add(new FieldProblem("title", "must be empty: a song item takes its title from the song"));
			}
			if (!problems.isEmpty()) {
				throw new BadRequestException(problems);
			}
			boolean archived = plans.songArchived(input.songId())
				.orElseThrow(() -> new NotFoundException("Song", input.songId()));
			if (archived) {
				throw new BadRequestException("songId", "is an archived song, which new plan items cannot use");
			}
			key = SongService.canonicalKey(input.key());
			capo = input.capo();
		}
		else {
			title = headerTitle(input.title(), input.songId(), input.key(), input.capo());
		}
		int count = plans.itemCount(planId);
		if (count >= MAX_ITEMS) {
			throw new ConflictException("Plan is full", "A plan holds at most " + MAX_ITEMS + " items.");
		}
		int position = input.position() == null ? count : Math.min(input.position(), count);
		if (position < count) {
			plans.openGapAt(planId, position);
		}
		long id = plans.insertItem(planId, position, input.type(),
				input.type() == ItemType.SONG ? input.songId() : null, title, key, capo, notes(input.notes()));
		if (position < count) {
			plans.settle(planId, 1);
		}
		audit.recordUpdate(KIND, planId);
		return plans.findItem(planId, id).orElseThrow();
	}

	/**
	 * Replaces an item's editable fields: a song's key, capo and notes; a header's title
	 * and notes.
	 */
	@Transactional
	public PlanItem changeItem(long planId, long itemId, Integer expectedVersion, ItemChange change) {
		touch(planId, expectedVersion);
		ItemType type = plans.itemType(planId, itemId).orElseThrow(() -> new NotFoundException("Plan item", itemId));
		if (type == ItemType.SONG) {
			if (change.title() != null) {
				throw new BadRequestException("title", "must be empty: a song item takes its title from the song");
			}
			plans.updateItem(planId, itemId, null, SongService.canonicalKey(change.key()), change.capo(),
					notes(change.notes()));
		}
		else {
			plans.updateItem(planId, itemId, headerTitle(change.title(), null, change.key(), change.capo()), null, null,
					notes(change.notes()));
		}
		audit.recordUpdate(KIND, planId);
		return plans.findItem(planId, itemId).orElseThrow();
	}

	/** Removes an item; the items after it move up one. */
	@Transactional
	public void removeItem(long planId, long itemId, Integer expectedVersion) {
		touch(planId, expectedVersion);
		if (!plans.deleteItem(planId, itemId)) {
			throw new NotFoundException("Plan item", itemId);
		}
		audit.recordUpdate(KIND, planId);
	}

	/**
	 * Puts the plan's items in the given order: the list must name each of its items
	 * exactly once.
	 */
	@Transactional
	public PlanRead reorder(long planId, Integer expectedVersion, List<Long> itemIds) {
		touch(planId, expectedVersion);
		List<Long> current = plans.itemIds(planId);
		checkPermutation(itemIds, current);
		plans.reorder(planId, itemIds);
		audit.recordUpdate(KIND, planId);
		return read(planId);
	}

	static void checkPermutation(List<Long> given, List<Long> current) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		Set<Long> twice = new LinkedHashSet<>();
		for (Long id : given) {
			if (id == null) {
				problems.add(new FieldProblem("itemIds", "must not contain null"));
			}
			else if (!seen.add(id)) {
				twice.add(id);
			}
		}
		Set<Long> known = new HashSet<>(current);
		List<Long> unknown = seen.stream().filter(id -> !known.contains(id)).sorted().toList();
		List<Long> missing = current.stream().filter(id -> !seen.contains(id)).toList();
		if (!twice.isEmpty()) {
			problems.add(new FieldProblem("itemIds", "lists more than once: " + ids(twice)));
		}
		if (!unknown.isEmpty()) {
			problems.add(new FieldProblem("itemIds", "lists items that are not in this plan: " + ids(unknown)));
		}
		if (!missing.isEmpty()) {
			problems.add(new FieldProblem("itemIds", "leaves out items of this plan: " + ids(missing)));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
	}

	private static String ids(Iterable<Long> ids) {
		List<String> text = new ArrayList<>();
		ids.forEach(id -> text.add(String.valueOf(id)));
		return text.stream().collect(Collectors.joining(", "));
	}

	private static String headerTitle(String title, Long songId, String key, Integer capo) {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "is required for a header"));
		}
		if (songId != null) {
			problems.add(new FieldProblem("songId", "must be empty for a header"));
		}
		if (key != null) {
			problems.add(new FieldProblem("key", "must be empty for a header"));
		}
		if (capo != null) {
			problems.add(new FieldProblem("capo", "must be empty for a header"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		return title.strip();
	}

	private void touch(long planId, Integer expectedVersion) {
		if (!plans.touch(planId, expectedVersion, clock.instant(), audit.actorId())) {
			throw staleOrMissing(planId);
		}
	}

	private RuntimeException staleOrMissing(long id) {
		return plans.findVersion(id)
			.<RuntimeException>map(version -> new StaleVersionException("Plan", id, version))
			.orElseGet(() -> new NotFoundException("Plan", id));
	}

	private void checkLeader(Long leaderId) {
		if (leaderId != null && !plans.profileExists(leaderId)) {
			throw new BadRequestException("leaderId", "is not an existing profile");
		}
	}

	private static String notes(String notes) {
		return notes == null ? "" : notes.strip();
	}

}
