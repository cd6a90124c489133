package org.canticle.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.canticle.account.TestAccounts;
import org.canticle.plan.ItemType;
import org.canticle.plan.Plan;
import org.canticle.plan.PlanItem;
import org.canticle.plan.PlanService;
import org.canticle.song.Song;
import org.canticle.song.SongInput;
import org.canticle.song.SongService;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser: Debian's Chromium driven by Playwright (never a downloaded
 * browser). Runs in the H2 execution only: the pages' SQL is the same on both databases
 * and is covered there by the *PagesIT tests. Screenshots of each page at desktop and
 * phone widths go to target/screenshots/.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "canticle.it.db", matches = "h2")
class PagesBrowserIT {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	SongService songs;

	@Autowired
	PlanService plans;

	@Autowired
	TestAccounts accounts;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launch() throws Exception {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-gpu",
						"--disable-component-update", "--disable-sync")));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void open() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void pastesAChordsOverWordsChartSavesItAndOpensItInAnotherKey() {
		signIn(accounts.leader());
		String title = "Pasted " + unique();

		page.navigate(url("/songs/new"));
		htmxReady();
		page.getByLabel("Title").fill(title);
		page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("G");
		page.getByText("Paste chords over words").click();
		page.getByLabel("Chords-over-words text")
			.fill("Verse 1\nG       C         G\nAmazing grace how sweet\n      D\nthe sound");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Convert to ChordPro")).click();
		assertThat(page.locator("#chordpro")).hasValue(Pattern.compile("\\[G\\]Amazing \\[C\\]grace"));
		assertThat(page.locator("#preview .chord").first()).hasText("G");
		screenshots("song-editor");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

		page.waitForURL(Pattern.compile(".*/songs/\\d+$"));
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".chart .chord").first()).hasText("G");
		page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).selectOption("A");
		assertThat(page.locator(".chart .chord").first()).hasText("A");
		assertThat(page).hasURL(Pattern.compile(".*key=A.*"));
		screenshots("song");

		page.navigate(url("/songs?q=" + title.replace(' ', '+')));
		assertThat(page.locator("table.songs")).containsText(title);
		page.navigate(url("/songs"));
		htmxReady();
		page.getByLabel("Search title, authors, lyrics and tags").pressSequentially(title.substring(8));
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		screenshots("library");
	}

	@Test
	void buildsAPlanOfThreeSongsReordersItChangesAKeyAndOpensItsCharts() {
		String word = unique();
		Song first = song("First " + word, "G");
		Song second = song("Second " + word, "D");
		Song third = song("Third " + word, "Eb");
		signIn(accounts.leader());

		page.navigate(url("/plans"));
		page.getByText("New plan").click();
		page.getByLabel("Date").fill(LocalDate.now().plusDays(3).toString());
		page.getByLabel("Title").fill("Evening " + word);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create plan")).click();
		page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
		long planId = Long.parseLong(page.url().replaceAll(".*/plans/", ""));

		for (Song song : List.of(first, second, third)) {
			// each Add reloads the page: typing before htmx has started would fire no
			// search
			htmxReady();
			page.getByLabel("Find a song").fill(song.title());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add " + song.title())).click();
			assertThat(page.locator(".plan-item .item-title").last()).hasText(song.title());
		}
		assertThat(titles(planId)).containsExactly(first.title(), second.title(), third.title());

		// drag the third song onto the top half of the first
		htmxReady();
		Locator items = page.locator(".plan-item");
		items.nth(2).dragTo(items.nth(0), new Locator.DragToOptions().setTargetPosition(40, 5));
		assertThat(page.locator(".plan-item .item-title").first()).hasText(third.title());
		assertThat(titles(planId)).containsExactly(third.title(), first.title(), second.title());

		// the keyboard: tab to the second song's Down button and press Enter
		htmxReady();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move " + first.title() + " down")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator(".plan-item .item-title").nth(2)).hasText(first.title());
		assertThat(titles(planId)).containsExactly(third.title(), second.title(), first.title());

		htmxReady();
		Locator secondKey = page.getByLabel("Key of " + second.title());
		assertThat(secondKey.locator("option").first()).hasText("Default (D, song's key)");
		secondKey.selectOption("E");
		assertThat(page.getByLabel("Key of " + second.title())).hasValue("E");
		assertThat(keyOf(planId, second.id())).isEqualTo("E");
		screenshots("plan");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Charts")).click();
		assertThat(page.locator(".printed-song")).hasCount(3);
		assertThat(page.locator(".printed-song h2"))
			.containsText(new String[] { third.title(), second.title(), first.title() });
		assertThat(page.locator(".printed-song").nth(1).locator(".chord").first()).hasText("E");
		screenshots("plan-charts");

		page.navigate(url("/plans"));
		screenshots("plans");
	}

	@Test
	void aScriptInATitleIsShownAsText() {
		String title = "<script>alert(1)</script> " + unique();
		Song song = songs.create(new SongInput(title, "<img src=x onerror=alert(2)>", "", null, "G", null, null,
				List.of(), "{title: <script>alert(3)</script>}\n[G]<b>bold</b> words"));
		AtomicBoolean dialog = new AtomicBoolean();
		page.onDialog(d -> {
			dialog.set(true);
			d.dismiss();
		});
		signIn(accounts.member());

		page.navigate(url("/songs/" + song.id()));
		assertThat(page.locator(".page-head h1")).hasText(title);
		assertThat(page.locator(".song-meta")).containsText("<img src=x onerror=alert(2)>");
		assertThat(page.locator(".chart")).containsText("<b>bold</b> words");
		page.navigate(url("/songs"));
		htmxReady();
		page.getByLabel("Search title, authors, lyrics and tags").fill(title.substring(26));
		assertThat(page.locator("#results .song-title")).hasCount(1);
		assertThat(page.locator("#results .song-title")).hasText(title);

		assertThat(dialog.get()).isFalse();
		// a member reads and does not get the editing buttons
		page.navigate(url("/songs/" + song.id()));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit"))).hasCount(0);
	}

	@Test
	void aMissingSongIsANotFoundPage() {
		signIn(accounts.member());

		var response = page.navigate(url("/songs/" + Long.MAX_VALUE));

		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Song not found");
		screenshots("not-found");
	}

	private void signIn(String user) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(user);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/(songs)?$"));
	}

	/** The page at desktop and phone widths, as it looks now. */
	private void screenshots(String name) {
		page.setViewportSize(1280, 800);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-desktop.png")));
		page.setViewportSize(360, 740);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")));
		page.setViewportSize(1280, 800);
	}

	private List<String> titles(long planId) {
		return plans.get(planId).items().stream().map(PlanItem::title).toList();
	}

	private String keyOf(long planId, long songId) {
		Plan plan = plans.get(planId);
		return plan.items()
			.stream()
			.filter(item -> item.type() == ItemType.SONG && item.songId() == songId)
			.findFirst()
			.orElseThrow()
			.key();
	}

	private Song song(String title, String key) {
		return songs.create(new SongInput(title, "Browser Test", "", null, key, 72, "4/4", List.of("test"),
				"{start_of_verse: Verse 1}\n[" + key + "]Holy, holy, [" + key + "]holy\n{end_of_verse}"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** The deferred scripts have run and htmx has processed the page. */
	private void htmxReady() {
		page.waitForFunction("() => document.readyState === 'complete' && window.htmx !== undefined");
	}

}
