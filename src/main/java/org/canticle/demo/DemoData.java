package org.canticle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.canticle.plan.ItemInput;
import org.canticle.plan.ItemType;
import org.canticle.plan.PlanInput;
import org.canticle.plan.PlanService;
import org.canticle.profile.ProfileInput;
import org.canticle.profile.ProfileService;
import org.canticle.song.SongInput;
import org.canticle.song.SongService;
import org.canticle.system.DatabaseReady;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code canticle.demo=true}, fills an EMPTY library on start: public-domain hymns
 * (one ChordPro file each under {@code resources/demo/}), two profiles with preferred
 * keys, and a plan for the coming Sunday. It writes through the services, so demo data
 * obeys the same rules as any other. A library with any song in it is never touched, so
 * restarting with the setting on adds nothing. Lives outside {@code system}, which may
 * not use the features. Runs when the database is ready ({@link DatabaseReady}), which
 * may be after the start.
 */
@Component
class DemoData {

	static final List<String> HYMNS = List.of("amazing-grace", "holy-holy-holy", "be-thou-my-vision", "come-thou-fount",
			"it-is-well", "crown-him", "blessed-assurance");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final Pattern DIRECTIVE = Pattern.compile("^\\{(\\w+):\\s*(.*?)\\s*}$", Pattern.MULTILINE);

	private final DemoSettings settings;

	private final SongService songs;

	private final ProfileService profiles;

	private final PlanService plans;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoData(DemoSettings settings, SongService songs, ProfileService profiles, PlanService plans,
			TransactionTemplate transaction, Clock clock) {
		this.settings = settings;
		this.songs = songs;
		this.profiles = profiles;
		this.plans = plans;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener(DatabaseReady.class)
	void onDatabaseReady() {
		if (!settings.demo()) {
			return;
		}
		// one transaction: a start that fails halfway leaves no half demo behind, and the
		// next start tries again
		boolean loaded = Boolean.TRUE.equals(transaction.execute(status -> load()));
		log.info(loaded ? "Demo data loaded: {} hymns, 2 profiles, a plan for Sunday"
				: "Demo data skipped: the library already has songs", HYMNS.size());
	}

	private boolean load() {
		// archived songs count: a library someone has used is never "empty"
		if (songs.anyEver()) {
			return false;
		}
		Map<String, Long> ids = new HashMap<>();
		for (String hymn : HYMNS) {
			ids.put(hymn, songs.create(hymn(hymn)).id());
		}
		long ruth = profiles
			.create(new ProfileInput("Ruth Miller", "ruth@example.org", List.of("vocals", "acoustic guitar"),
					"Leads most Sundays; sings alto."))
			.id();
		long david = profiles
			.create(new ProfileInput("David Okafor", "david@example.org", List.of("keys", "vocals"),
					"Tenor; reads charts in any key."))
			.id();
		profiles.setPreferredKey(ruth, ids.get("amazing-grace"), "A");
		profiles.setPreferredKey(ruth, ids.get("be-thou-my-vision"), "Eb");
		profiles.setPreferredKey(ruth, ids.get("it-is-well"), "Db");
		profiles.setPreferredKey(david, ids.get("holy-holy-holy"), "Eb");
		profiles.setPreferredKey(david, ids.get("crown-him"), "Eb");

		LocalDate sunday = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		long plan = plans
			.create(new PlanInput(sunday, "Sunday morning worship", ruth,
					"Band call 8:45. Communion follows the sermon."))
			.plan()
			.id();
		plans.addItem(plan, null, new ItemInput(ItemType.HEADER, null, "Call to worship", null, null,
				"Psalm 95:1-7, read by David", null));
		// the song's own key (D), the leader's preferred key (A), and a key set for this
		// plan with a capo (C, capo 1)
		plans.addItem(plan, null,
				new ItemInput(ItemType.SONG, ids.get("holy-holy-holy"), null, null, null, null, null));
		plans.addItem(plan, null,
				new ItemInput(ItemType.SONG, ids.get("amazing-grace"), null, null, null, "Verse 4 a cappella", null));
		plans.addItem(plan, null,
				new ItemInput(ItemType.SONG, ids.get("it-is-well"), null, "Db", 1, "Guitars capo 1, C shapes", null));
		return true;
	}

	/** A hymn's song fields, read from the directives at the top of its ChordPro file. */
	static SongInput hymn(String name) {
		String chordpro = read("demo/" + name + ".cho");
		Map<String, String> meta = new HashMap<>();
		Matcher matcher = DIRECTIVE.matcher(chordpro);
		while (matcher.find()) {
			meta.putIfAbsent(matcher.group(1), matcher.group(2));
		}
		List<String> tags = Arrays.stream(meta.getOrDefault("x_tags", "").split(","))
			.map(String::strip)
			.filter(tag -> !tag.isEmpty())
			.toList();
		return new SongInput(meta.get("title"), meta.get("artist"), meta.get("copyright"), null, meta.get("key"),
				meta.containsKey("tempo") ? Integer.valueOf(meta.get("tempo")) : null, meta.get("time"), tags,
				chordpro);
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("demo hymn " + path + " is missing from the build", ex);
		}
	}

}
