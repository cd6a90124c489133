package org.canticle.schedule;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.canticle.account.TestAccounts;
import org.canticle.profile.ProfileInput;
import org.canticle.profile.ProfileService;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduling in a real browser (Debian's Chromium through Playwright), with a real SMTP
 * server (GreenMail): a leader makes a plan from a template and schedules two people; one
 * accepts from the emailed link, the other declines; the matrix shows both, and the one
 * who accepted finds it on My schedule. H2 execution only, as the other browser tests.
 * Screenshots go to target/screenshots/.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "canticle.it.db", matches = "h2")
class SchedulingBrowserIT {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("canticle.mail.poll-interval", () -> "200ms");
	}

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TeamService teams;

	@Autowired
	TemplateService templates;

	@Autowired
	ProfileService profiles;

	@Autowired
	TestAccounts accounts;

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

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

	@Test
	void aLeaderSchedulesTwoFromATemplateOneAcceptsByEmailOneDeclinesAndTheMatrixShowsBoth() throws Exception {
		String u = UUID.randomUUID().toString().substring(0, 6);
		Team band = teams.createTeam(new NameInput("Worship " + u));
		TeamPosition vocals = teams.addPosition(band.id(), new NameInput("Vocals"));
		TeamPosition keys = teams.addPosition(band.id(), new NameInput("Keys"));
		String annEmail = "ann-" + u + "@example.org";
		String bobEmail = "bob-" + u + "@example.org";
		long ann = profiles.create(new ProfileInput("Ann " + u, annEmail, List.of("vocals"), "")).id();
		long bob = profiles.create(new ProfileInput("Bob " + u, bobEmail, List.of("keys"), "")).id();
		teams.addPlayer(vocals.id(), ann);
		teams.addPlayer(keys.id(), bob);
		String name = "Sunday " + u;
		templates.create(new TemplateInput(name, "Morning worship", "",
				List.of(new TemplateInput.ItemInput("HEADER", null, "Welcome"),
						new TemplateInput.ItemInput("SONG", null, "Opening song")),
				List.of(new TemplateInput.TimeInput(TimeKind.REHEARSAL, -3, "19:30", 90),
						new TemplateInput.TimeInput(TimeKind.SERVICE, 0, LocalTime.of(10, 0).toString(), 90)),
				List.of(new NeedInput(vocals.id(), 1), new NeedInput(keys.id(), 1))));

		try (BrowserContext leader = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = leader.newPage();
			page.setDefaultTimeout(20_000);
			signIn(page, accounts.leader());

			page.navigate(url("/templates"));
			page.getByLabel("Date").last().fill("2034-03-05");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New plan from " + name)).click();
			page.waitForURL(Pattern.compile(".*/plans/\\d+/schedule$"));
			assertThat(page.locator(".plan-times")).containsText("Rehearsal Thu 2 Mar 2034, 19:30–21:00");
			assertThat(page.locator(".plan-times")).containsText("Service Sun 5 Mar 2034, 10:00–11:30");

			schedule(page, "Vocals", "Ann " + u);
			schedule(page, "Keys", "Bob " + u);
			assertThat(page.locator(".assignment")).hasCount(2);
			String scheduleUrl = page.url();

			try (BrowserContext guest = browser.newContext()) {
				Page inbox = guest.newPage();
				inbox.setDefaultTimeout(20_000);
				inbox.navigate(url(link(awaitMessageTo(annEmail), "Accept")));
				assertThat(inbox.locator("h1")).hasText("Accept?");
				assertThat(inbox.locator("main")).containsText("Vocals");
				inbox.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
				assertThat(inbox.locator("h1")).hasText("Thank you: accepted");

				inbox.navigate(url(link(awaitMessageTo(bobEmail), "Decline")));
				assertThat(inbox.locator("h1")).hasText("Decline?");
				inbox.getByLabel("Reason (optional)").fill("Away that weekend");
				inbox.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline")).click();
				assertThat(inbox.locator("h1")).hasText("Declined");
			}

			page.navigate(url("/schedule?from=2034-03-05&to=2034-03-05"));
			assertThat(page.locator("table.matrix")).containsText("Ann " + u + " Accepted");
			assertThat(page.locator("table.matrix")).containsText("Bob " + u + " Declined");
			screenshots(page, "schedule-matrix");
			page.navigate(scheduleUrl);
			assertThat(page.locator("main")).containsText("Away that weekend");
		}

		try (BrowserContext member = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = member.newPage();
			page.setDefaultTimeout(20_000);
			signIn(page, accounts.member(ann));
			page.navigate(url("/my/schedule"));
			assertThat(page.locator(".my-items")).containsText("Morning worship");
			assertThat(page.locator(".my-items")).containsText("Accepted");
			screenshots(page, "my-schedule");
		}
	}

	private void schedule(Page page, String position, String person) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule someone as " + position)).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule " + person)).click();
		page.waitForURL(Pattern.compile(".*/plans/\\d+/schedule$"));
		assertThat(page.locator(".notice")).containsText("Asked " + person);
	}

	private void signIn(Page page, String user) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(user);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/(songs)?$"));
	}

	private static void screenshots(Page page, String name) {
		page.setViewportSize(1280, 800);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-desktop.png")));
		page.setViewportSize(360, 740);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")));
		page.setViewportSize(1280, 800);
	}

	private MimeMessage awaitMessageTo(String email) throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> find(email) != null);
		return find(email);
	}

	private static MimeMessage find(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(email)) {
				return message;
			}
		}
		return null;
	}

	private static String link(MimeMessage message, String label) throws Exception {
		String body = SchedulingMailIT.part(message, "text/plain");
		Matcher matcher = Pattern.compile(label + ": https?://[^/]+(/respond/[A-Za-z0-9_.=-]+)").matcher(body);
		assertThat(matcher.find()).as("%s link in %s", label, body).isTrue();
		return matcher.group(1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
