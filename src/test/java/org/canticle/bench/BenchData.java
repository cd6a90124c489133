package org.canticle.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

import org.canticle.chart.ChartFormat;
import org.canticle.chart.Charts;
import org.canticle.chart.Key;
import org.canticle.song.SearchText;

/**
 * The benchmark's data set, the same for a given seed: songs with realistic ChordPro
 * charts, profiles with preferred keys, and plans of songs and headers. It writes
 * straight to the database in JDBC batches (a row per HTTP call would take longer than
 * the benchmark), filling the search columns exactly as {@code SongService.row} does so
 * that search finds generated songs. Ids are assigned here, after whatever the tables
 * already hold, and the identity columns are moved past them, so the app's own inserts
 * carry on without a clash.
 * <p>
 * Usage:
 * {@code BenchData <jdbc-url> [--user U] [--password P] [--seed N] [--songs N] [--profiles N] [--plans N]
 * [--out DIR] [--migrate true]}. With {@code --migrate true} it first brings the schema
 * up to date with the app's own Flyway migrations (as the app does on start), so it can
 * fill an empty database by itself. It prints the id ranges and writes them to
 * {@code DIR/ids.env}, with {@code DIR/plans-10.txt} (plans of exactly ten songs, all
 * transposed), {@code DIR/plans-other.txt} (the rest) and {@code DIR/words.txt} (search
 * words).
 */
public final class BenchData {

	static final List<String> WORDS = List.of("grace", "light", "love", "mercy", "glory", "heart", "praise", "holy",
			"king", "lord", "name", "song", "sing", "rise", "fall", "hope", "faith", "peace", "joy", "word", "life",
			"day", "night", "morning", "river", "mountain", "valley", "fire", "water", "wind", "spirit", "soul", "hand",
			"eyes", "voice", "throne", "crown", "cross", "blood", "lamb", "shepherd", "rock", "refuge", "strength",
			"shield", "fortress", "tower", "rest", "home", "way", "truth", "door", "bread", "wine", "cup", "sea", "sky",
			"star", "sun", "moon", "earth", "heaven", "nations", "people", "children", "father", "friend", "savior",
			"healer", "redeemer", "risen", "forever", "always", "never", "again", "still", "here", "near", "far",
			"above", "below", "within", "beyond", "before", "after", "every", "all", "one", "new", "old", "deep",
			"wide", "high", "low", "strong", "weak", "broken", "whole", "free", "bound", "lost", "found", "blind",
			"see", "hear", "call", "answer", "wait", "walk", "run", "stand", "kneel", "bow", "lift", "raise", "shout",
			"whisper", "cry", "laugh", "dance", "give", "receive", "carry", "hold", "keep", "follow", "lead", "guide",
			"bless", "shine", "burn", "flow", "pour", "fill", "open", "close", "break", "mend", "build", "plant",
			"grow", "harvest", "field", "garden", "tree", "branch", "root", "seed", "flower", "dust", "stone", "gold",
			"silver", "treasure", "promise", "covenant", "kingdom", "city", "gate", "wall", "road", "path", "journey",
			"storm", "shelter", "wings", "dove", "eagle", "lion", "thunder", "rain", "snow", "winter", "spring",
			"summer", "season", "hour", "moment", "ages", "story", "chorus", "anthem", "melody", "harmony", "echo",
			"silence", "wonder", "awe", "beauty", "splendor", "majesty", "power", "honor", "worthy", "faithful",
			"gentle", "humble", "mighty", "tender", "patient", "kind", "true", "good", "great", "wonderful",
			"beautiful", "radiant", "glorious", "eternal", "endless", "boundless", "amazing", "sweet", "bright",
			"clear", "pure", "clean", "whiter", "brighter", "higher", "deeper", "wider", "closer", "nearer", "sooner",
			"longer", "stronger", "louder", "softer", "calm", "quiet", "restless", "weary", "thirsty", "hungry",
			"willing", "ready", "waiting", "watching", "praying", "singing", "dancing", "shining", "rising", "falling",
			"turning", "returning", "remember", "forget", "forgive", "believe", "trust", "surrender", "yield",
			"overcome", "victory", "battle", "banner", "armor", "sword", "morningstar", "jubilee", "hallelujah",
			"hosanna", "amen", "selah", "zion", "jordan", "galilee", "bethlehem", "calvary", "emmanuel", "jerusalem",
			"café", "naïve", "señor");

	private static final String[] FIRST = { "Anna", "Ben", "Clara", "David", "Esther", "Felix", "Grace", "Hannah",
			"Isaac", "Julia", "Karl", "Lea", "Micah", "Nora", "Oscar", "Paula", "Ruth", "Samuel", "Tabea", "Uri",
			"Vera", "Wes", "Zoë", "Jörg", "Renée" };

	private static final String[] LAST = { "Adler", "Brown", "Castillo", "Dubois", "Eriksen", "Fischer", "Gómez",
			"Hughes", "Ivanova", "Jensen", "Keller", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi",
			"Schmidt", "Tanaka", "Ueda", "Vargas", "Weber", "Young", "Zimmer" };

	private static final String[] TAGS = { "worship", "praise", "hymn", "christmas", "easter", "communion", "opening",
			"response", "closing", "fast", "slow", "youth", "prayer", "advent", "lent" };

	private static final String[] MAJOR_KEYS = { "G", "G", "G", "D", "D", "C", "C", "A", "A", "E", "F", "Bb", "Eb", "B",
			"Ab", "Db" };

	private static final String[] MINOR_KEYS = { "Em", "Am", "Bm", "Dm", "F#m", "Cm", "Gm", "C#m" };

	/**
	 * Chords written in C major (or A minor) and transposed by the chart engine, so they
	 * are spelled as in the key.
	 */
	private static final String[] MAJOR_CHORDS = { "C", "C", "G", "G", "Am", "F", "F", "Am7", "Dm7", "Em7", "Cmaj7",
			"Fmaj7", "G7", "Gsus4", "G/B", "C/E", "F/A", "D/F#", "F/G", "E7", "Bb", "Csus2", "Am/G" };

	private static final String[] MINOR_CHORDS = { "Am", "Am", "F", "C", "G", "Dm7", "E7", "Em7", "G/B", "Am/G",
			"Fmaj7", "Esus4", "C/E", "Dm", "E" };

	private static final String[] HEADERS = { "Welcome", "Prayer", "Offering", "Sermon", "Communion", "Announcements",
			"Sending", "Scripture reading" };

	private static final String[] PLAN_TITLES = { "Sunday morning", "Sunday evening", "Youth night", "Midweek prayer",
			"Family service", "Night of worship" };

	private static final String[] INSTRUMENTS = { "vocals", "acoustic guitar", "electric guitar", "bass", "keys",
			"drums", "violin", "cello" };

	private static final OffsetDateTime BASE_TIME = OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

	private static final int BATCH = 500;

	private final Random random;

	private final double[] wordWeights;

	BenchData(long seed) {
		this.random = new Random(seed);
		// a Zipf-like spread: a few words are in nearly every song, most in a few, as in
		// real lyrics
		this.wordWeights = new double[WORDS.size()];
		double sum = 0;
		for (int i = 0; i < WORDS.size(); i++) {
			sum += 1.0 / Math.pow(i + 1, 1.1);
			this.wordWeights[i] = sum;
		}
		for (int i = 0; i < WORDS.size(); i++) {
			this.wordWeights[i] /= sum;
		}
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].startsWith("--")) {
			System.err.println("usage: BenchData <jdbc-url> [--user U] [--password P] [--seed N] [--songs N]"
					+ " [--profiles N] [--plans N] [--out DIR]");
			System.exit(2);
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int songs = Integer.parseInt(options.getOrDefault("songs", "10000"));
		int profiles = Integer.parseInt(options.getOrDefault("profiles", "200"));
		int plans = Integer.parseInt(options.getOrDefault("plans", "3000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20250101"));
		Path out = Path.of(options.getOrDefault("out", "target/bench"));
		long start = System.nanoTime();
		if (Boolean.parseBoolean(options.getOrDefault("migrate", "false"))) {
			migrate(args[0], options.get("user"), options.get("password"));
		}
		try (Connection connection = DriverManager.getConnection(args[0], options.getOrDefault("user", null),
				options.getOrDefault("password", null))) {
			connection.setAutoCommit(false);
			Ids ids = new BenchData(seed).load(connection, songs, profiles, plans);
			connection.commit();
			ids.write(out);
			System.out.printf(Locale.ROOT, "loaded in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, ids.summary());
		}
	}

	/**
	 * Runs the migrations the app runs, from the locations its application.properties
	 * names.
	 */
	private static void migrate(String url, String user, String password) throws IOException {
		Properties app = new Properties();
		try (InputStream in = BenchData.class.getResourceAsStream("/application.properties")) {
			app.load(in);
		}
		String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
		String[] locations = app.getProperty("spring.flyway.locations", "classpath:db/migration")
			.replace("{vendor}", vendor)
			.split("\\s*,\\s*");
		Flyway.configure().dataSource(url, user, password).locations(locations).load().migrate();
	}

	/**
	 * What was loaded, for the load scripts: id ranges and the plans of exactly ten
	 * songs.
	 */
	record Ids(long songMin, long songMax, long profileMin, long profileMax, long planMin, long planMax, int items,
			int preferredKeys, List<Long> plansOfTen, List<Long> otherPlans) {

		String summary() {
			return "songs %d..%d, profiles %d..%d, plans %d..%d (%d of ten songs), %d plan items, %d preferred keys"
				.formatted(songMin, songMax, profileMin, profileMax, planMin, planMax, plansOfTen.size(), items,
						preferredKeys);
		}

		void write(Path dir) throws IOException {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("ids.env"), """
					SONG_MIN=%d
					SONG_MAX=%d
					PROFILE_MIN=%d
					PROFILE_MAX=%d
					PLAN_MIN=%d
					PLAN_MAX=%d
					""".formatted(songMin, songMax, profileMin, profileMax, planMin, planMax));
			Files.write(dir.resolve("plans-10.txt"), plansOfTen.stream().map(String::valueOf).toList());
			Files.write(dir.resolve("plans-other.txt"), otherPlans.stream().map(String::valueOf).toList());
			// plain ASCII words: wrk's Lua puts them in the URL as they are
			Files.write(dir.resolve("words.txt"), WORDS.stream().filter(w -> w.matches("[a-z]+")).toList());
		}
	}

	private record GeneratedSong(long id, String title, String authors, String key, String chordpro,
			List<String> tags) {
	}

	Ids load(Connection connection, int songCount, int profileCount, int planCount) throws SQLException {
		long songBase = nextId(connection, "song");
		long profileBase = nextId(connection, "profile");
		long planBase = nextId(connection, "plan");
		long itemBase = nextId(connection, "plan_item");

		List<GeneratedSong> songs = new ArrayList<>(songCount);
		for (int i = 0; i < songCount; i++) {
			songs.add(song(songBase + i));
		}
		insertSongs(connection, songs);

		// preferred keys: profile id -> song id -> key
		Map<Long, Map<Long, String>> preferred = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO profile (id, name, email, instruments, notes, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, '', ?, ?, 0)""")) {
			for (int i = 0; i < profileCount; i++) {
				long id = profileBase + i;
				String name = pick(FIRST) + " " + pick(LAST);
				insert.setLong(1, id);
				insert.setString(2, name);
				insert.setString(3, "bench-" + id + "@example.org");
				insert.setString(4, instruments());
				insert.setObject(5, BASE_TIME);
				insert.setObject(6, BASE_TIME);
				insert.addBatch();
				Map<Long, String> keys = new HashMap<>();
				int count = 10 + random.nextInt(71);
				for (int k = 0; k < count; k++) {
					GeneratedSong song = songs.get(random.nextInt(songs.size()));
					keys.put(song.id(), otherKey(song.key()));
				}
				preferred.put(id, keys);
			}
			insert.executeBatch();
		}

		List<Long> plansOfTen = new ArrayList<>();
		List<Long> otherPlans = new ArrayList<>();
		int items = 0;
		try (PreparedStatement plan = connection.prepareStatement("""
				INSERT INTO plan (id, plan_date, title, leader_id, notes, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0)"""); PreparedStatement item = connection.prepareStatement("""
				INSERT INTO plan_item (id, plan_id, position, item_type, song_id, title, song_key, capo, notes, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
			LocalDate firstDate = LocalDate.of(2018, 1, 7);
			for (int p = 0; p < planCount; p++) {
				long id = planBase + p;
				// every ninth plan has ten songs; the rest 4-12, so the hot endpoint has
				// a fixed, known shape
				boolean ten = p % 9 == 0;
				int size = ten ? 10 : 4 + random.nextInt(9);
				Long leader = random.nextInt(10) == 0 && !ten ? null : profileBase + random.nextInt(profileCount);
				plan.setLong(1, id);
				plan.setObject(2, firstDate.plusDays(p));
				plan.setString(3, pick(PLAN_TITLES));
				plan.setObject(4, leader, Types.BIGINT);
				plan.setString(5, random.nextInt(3) == 0 ? "Bring the " + word() + " arrangement." : "");
				plan.setObject(6, BASE_TIME.plusMinutes(p));
				plan.setObject(7, BASE_TIME.plusMinutes(p));
				plan.addBatch();
				Set<GeneratedSong> chosen = new LinkedHashSet<>();
				while (chosen.size() < size) {
					chosen.add(songs.get(random.nextInt(songs.size())));
				}
				List<Object> entries = new ArrayList<>(chosen);
				int headers = random.nextInt(3) + 1;
				for (int h = 0; h < headers; h++) {
					entries.add(random.nextInt(entries.size() + 1), pick(HEADERS));
				}
				Map<Long, String> leaderKeys = leader == null ? Map.of() : preferred.get(leader);
				for (int position = 0; position < entries.size(); position++) {
					item.setLong(1, itemBase + items++);
					item.setLong(2, id);
					item.setInt(3, position);
					if (entries.get(position) instanceof GeneratedSong song) {
						String itemKey = null;
						String leaderKey = leaderKeys.get(song.id());
						if (leaderKey == null && leader != null && random.nextInt(3) == 0) {
							leaderKeys.put(song.id(), otherKey(song.key()));
						}
						else if (leaderKey == null && (ten || random.nextInt(2) == 0)) {
							// plans of ten are all transposed: every song resolves to a
							// key other than its own
							itemKey = otherKey(song.key());
						}
						item.setString(4, "SONG");
						item.setLong(5, song.id());
						item.setNull(6, Types.VARCHAR);
						item.setString(7, itemKey);
						item.setObject(8, random.nextInt(6) == 0 ? random.nextInt(1, 6) : null, Types.INTEGER);
						item.setString(9, random.nextInt(4) == 0 ? "Repeat the chorus" : "");
					}
					else {
						item.setString(4, "HEADER");
						item.setNull(5, Types.BIGINT);
						item.setString(6, (String) entries.get(position));
						item.setNull(7, Types.VARCHAR);
						item.setNull(8, Types.INTEGER);
						item.setString(9, "");
					}
					item.addBatch();
				}
				(ten ? plansOfTen : otherPlans).add(id);
				if (p % 100 == 99) {
					plan.executeBatch();
					item.executeBatch();
				}
			}
			plan.executeBatch();
			item.executeBatch();
		}

		int preferredKeys = 0;
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO preferred_key (profile_id, song_id, song_key, updated_at) VALUES (?, ?, ?, ?)""")) {
			for (var profile : preferred.entrySet()) {
				for (var key : profile.getValue().entrySet()) {
					insert.setLong(1, profile.getKey());
					insert.setLong(2, key.getKey());
					insert.setString(3, key.getValue());
					insert.setObject(4, BASE_TIME);
					insert.addBatch();
					if (++preferredKeys % BATCH == 0) {
						insert.executeBatch();
					}
				}
			}
			insert.executeBatch();
		}

		restartIdentity(connection, "song", songBase + songCount);
		restartIdentity(connection, "profile", profileBase + profileCount);
		restartIdentity(connection, "plan", planBase + planCount);
		restartIdentity(connection, "plan_item", itemBase + items);
		try (Statement statement = connection.createStatement()) {
			// fresh statistics, so the first queries of the run get the plans they will
			// get later
			if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
				statement.execute("ANALYZE");
			}
		}
		return new Ids(songBase, songBase + songCount - 1, profileBase, profileBase + profileCount - 1, planBase,
				planBase + planCount - 1, items, preferredKeys, plansOfTen, otherPlans);
	}

	private void insertSongs(Connection connection, List<GeneratedSong> songs) throws SQLException {
		try (PreparedStatement song = connection.prepareStatement("""
				INSERT INTO song (id, title, authors, copyright, ccli_number, song_key, tempo, time_signature, chordpro,
				                  search_text, title_search, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
				PreparedStatement tag = connection
					.prepareStatement("INSERT INTO song_tag (song_id, tag) VALUES (?, ?)")) {
			int n = 0;
			for (GeneratedSong s : songs) {
				// the same search columns as SongService.row: title, authors, tags and
				// lyrics, normalised
				String searchText = SearchText.normalize(String.join(" ", s.title(), s.authors(),
						String.join(" ", s.tags()), Charts.lyricsForSearch(s.chordpro())));
				OffsetDateTime created = BASE_TIME.minusDays(random.nextInt(2000));
				song.setLong(1, s.id());
				song.setString(2, s.title());
				song.setString(3, s.authors());
				song.setString(4, "© " + (1990 + random.nextInt(35)) + " " + pick(LAST) + " Music");
				song.setObject(5, random.nextInt(5) == 0 ? null : 1_000_000L + random.nextInt(8_000_000), Types.BIGINT);
				song.setString(6, s.key());
				song.setInt(7, 60 + random.nextInt(90));
				song.setString(8, random.nextInt(5) == 0 ? "6/8" : "4/4");
				song.setString(9, s.chordpro());
				song.setString(10, searchText);
				song.setString(11, SearchText.normalize(s.title()));
				song.setObject(12, created);
				song.setObject(13, created);
				song.addBatch();
				for (String t : s.tags()) {
					tag.setLong(1, s.id());
					tag.setString(2, t);
					tag.addBatch();
				}
				if (++n % BATCH == 0) {
					song.executeBatch();
					tag.executeBatch();
				}
			}
			song.executeBatch();
			tag.executeBatch();
		}
	}

	private GeneratedSong song(long id) {
		boolean minor = random.nextInt(6) == 0;
		String key = minor ? pick(MINOR_KEYS) : pick(MAJOR_KEYS);
		String title = capitalize(words(2 + random.nextInt(3)));
		String authors = join(1 + random.nextInt(2), () -> pick(FIRST) + " " + pick(LAST), ", ");
		Set<String> tags = new LinkedHashSet<>();
		int tagCount = random.nextInt(4);
		while (tags.size() < tagCount) {
			tags.add(pick(TAGS));
		}
		return new GeneratedSong(id, title, authors, key, chart(title, authors, key, minor),
				tags.stream().sorted().toList());
	}

	/**
	 * A chart of 20-60 lines: verses, a chorus sung again by reference, a bridge, chords
	 * on most lines.
	 */
	private String chart(String title, String authors, String key, boolean minor) {
		String[] chords = minor ? MINOR_CHORDS : MAJOR_CHORDS;
		StringBuilder chart = new StringBuilder();
		chart.append("{title: ").append(title).append("}\n");
		chart.append("{artist: ").append(authors).append("}\n");
		chart.append("{key: ").append(minor ? "Am" : "C").append("}\n");
		chart.append("{tempo: ").append(60 + random.nextInt(90)).append("}\n\n");
		int target = 20 + random.nextInt(41);
		boolean intro = target >= 30;
		if (intro) {
			chart.append("{comment: Intro}\n");
			chart.append(chordLine(chords)).append("\n\n");
		}
		int verses = target >= 30 ? 2 + random.nextInt(2) : 2;
		int chorus = target >= 30 ? 4 + random.nextInt(3) : 3;
		boolean bridge = target >= 36;
		int bridgeLines = bridge ? 2 + random.nextInt(3) : 0;
		// the lines around the verses: header, intro, section directives and blank lines,
		// {chorus} references
		int fixed = 5 + (intro ? 3 : 0) + 3 * verses + 3 + chorus + 2 * (verses - 1) + (bridge ? 3 + bridgeLines : 0);
		int verseLines = Math.max(2, (target - fixed) / verses);
		for (int v = 1; v <= verses; v++) {
			chart.append("{start_of_verse: Verse ").append(v).append("}\n");
			for (int l = 0; l < verseLines; l++) {
				chart.append(lyricLine(chords)).append('\n');
			}
			chart.append("{end_of_verse}\n\n");
			if (v == 1) {
				chart.append("{start_of_chorus}\n");
				for (int l = 0; l < chorus; l++) {
					chart.append(lyricLine(chords)).append('\n');
				}
				chart.append("{end_of_chorus}\n\n");
			}
			else {
				chart.append("{chorus}\n\n");
			}
			if (bridge && v == verses - 1) {
				chart.append("{start_of_bridge: Bridge}\n");
				for (int l = 0; l < bridgeLines; l++) {
					chart.append(lyricLine(chords)).append('\n');
				}
				chart.append("{end_of_bridge}\n\n");
			}
		}
		String written = chart.toString();
		Key target0 = Key.parse(key);
		if (target0.equals(Key.parse(minor ? "Am" : "C"))) {
			return written;
		}
		return Charts.render(Charts.parse(written).transposeTo(target0), ChartFormat.CHORDPRO);
	}

	private String lyricLine(String[] chords) {
		String[] words = words(4 + random.nextInt(5)).split(" ");
		int chordCount = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
		Set<Integer> at = new LinkedHashSet<>();
		for (int c = 0; c < chordCount; c++) {
			at.add(random.nextInt(words.length));
		}
		StringBuilder line = new StringBuilder();
		for (int w = 0; w < words.length; w++) {
			if (w > 0) {
				line.append(' ');
			}
			String word = w == 0 ? capitalize(words[w]) : words[w];
			if (at.contains(w)) {
				// sometimes mid-word, as on a held syllable
				int split = word.length() > 4 && random.nextInt(3) == 0 ? word.length() / 2 : 0;
				line.append(word, 0, split).append('[').append(pick(chords)).append(']').append(word.substring(split));
			}
			else {
				line.append(word);
			}
		}
		return line.toString();
	}

	private String chordLine(String[] chords) {
		return join(4, () -> "[" + pick(chords) + "]", "  ");
	}

	private String words(int count) {
		return join(count, this::word, " ");
	}

	private String word() {
		double r = random.nextDouble();
		for (int i = 0; i < wordWeights.length; i++) {
			if (r <= wordWeights[i]) {
				return WORDS.get(i);
			}
		}
		return WORDS.get(WORDS.size() - 1);
	}

	private String instruments() {
		Set<String> chosen = new LinkedHashSet<>();
		int count = 1 + random.nextInt(2);
		while (chosen.size() < count) {
			chosen.add(INSTRUMENTS[random.nextInt(INSTRUMENTS.length)]);
		}
		return String.join(",", chosen);
	}

	/**
	 * A key of the same mode as {@code key} and never equal to it, so that the song is
	 * transposed.
	 */
	private String otherKey(String key) {
		String[] keys = key.endsWith("m") ? MINOR_KEYS : MAJOR_KEYS;
		String other;
		do {
			other = pick(keys);
		}
		while (other.equals(key));
		return other;
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static long nextId(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Works on PostgreSQL and H2 alike: both take the SQL-standard form for identity
	 * columns.
	 */
	private static void restartIdentity(Connection connection, String table, long next) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
		}
	}

	private static String join(int count, Supplier<String> part, String separator) {
		return Stream.generate(part).limit(count).collect(Collectors.joining(separator));
	}

}
