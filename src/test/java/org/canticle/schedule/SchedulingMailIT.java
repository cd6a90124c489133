package org.canticle.schedule;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.canticle.schedule.ScheduleFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Scheduling emails through a real SMTP server (GreenMail): the request arrives with both
 * parts, escaped; its links show what they confirm, act only on the click, and work once;
 * a decline tells the leader; reminders go once. (The outbox under an SMTP outage:
 * {@code mail.OutboxIT}.)
 */
@IntegrationTest
@WithMockUser(roles = "LEADER")
class SchedulingMailIT {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("canticle.mail.poll-interval", () -> "200ms");
		registry.add("canticle.mail.first-retry", () -> "200ms");
		registry.add("canticle.mail.max-retry", () -> "1s");
		registry.add("canticle.mail.base-url", () -> "https://canticle.example.org/");
		// this test runs reminders itself
		registry.add("canticle.scheduling.reminder-interval", () -> "1h");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Reminders reminders;

	@Autowired
	ResponseLinks links;

	ScheduleFixtures f() {
		return new ScheduleFixtures(mvc);
	}

	record Setup(long plan, long position, long leader, String leaderEmail) {
	}

	Setup setup(String date) {
		ScheduleFixtures f = f();
		String leaderEmail = "leader-" + unique() + "@example.org";
		long leader = f.profile("Leader " + unique(), leaderEmail);
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long plan = f.plan(date, leader);
		f.need(plan, keys, 3);
		f.time(plan, "SERVICE", date + "T09:00", date + "T10:30");
		return new Setup(plan, keys, leader, leaderEmail);
	}

	@Test
	void theRequestArrivesInTextAndEscapedHtmlAndItsLinkWorksOnce() throws Exception {
		Setup s = setup("2032-09-05");
		String email = "ann-" + unique() + "@example.org";
		long ann = f().profile("Ann <b>\\\"Bold\\\"</b> " + unique(), email);

		MvcTestResult assigned = f().assign(s.plan(), s.position(), ann, false);
		assertThat(assigned).hasStatus(HttpStatus.CREATED);
		assertThat(assigned).bodyJson().extractingPath("$.emailed").isEqualTo(true);

		MimeMessage request = awaitMessageTo(email);
		assertThat(request.getSubject()).contains("Keys", "Sun 5 Sep 2032");
		String text = part(request, "text/plain");
		String html = part(request, "text/html");
		assertThat(text).contains("Ann <b>\"Bold\"</b>", "Accept: https://canticle.example.org/respond/",
				"Decline: https://canticle.example.org/respond/");
		assertThat(html).contains("Ann &lt;b&gt;").doesNotContain("<b>");
		String accept = link(text, "Accept");

		MvcTestResult opened = mvc.get().uri(accept).with(anonymous()).exchange();
		assertThat(opened).hasStatusOk();
		assertThat(opened).bodyText().contains("Accept?", "Keys", "Sun 5 Sep 2032");
		assertThat(status(s.plan())).as("opening the link changes nothing").isEqualTo("PENDING");

		MvcTestResult clicked = mvc.post().uri(accept).with(anonymous()).with(csrf()).exchange();
		assertThat(clicked).hasStatusOk();
		assertThat(clicked).bodyText().contains("Thank you: accepted");
		assertThat(status(s.plan())).isEqualTo("ACCEPTED");

		MvcTestResult again = mvc.post().uri(accept).with(anonymous()).with(csrf()).exchange();
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(again).bodyText().contains("used already");
		String decline = link(text, "Decline");
		assertThat(mvc.post().uri(decline).with(anonymous()).with(csrf()).exchange())
			.as("the other link of the same request is spent too")
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(status(s.plan())).isEqualTo("ACCEPTED");
	}

	@Test
	void aDeclineFromTheEmailTellsTheLeaderWithTheReason() throws Exception {
		Setup s = setup("2032-09-12");
		String email = "bob-" + unique() + "@example.org";
		long bob = f().profile("Bob " + unique(), email);
		f().assign(s.plan(), s.position(), bob, false);
		String decline = link(part(awaitMessageTo(email), "text/plain"), "Decline");

		MvcTestResult page = mvc.get().uri(decline).with(anonymous()).exchange();
		assertThat(page).bodyText().contains("Decline?", "Reason (optional)");
		MvcTestResult declined = mvc.post()
			.uri(decline)
			.with(anonymous())
			.with(csrf())
			.param("reason", "Away <visiting> family")
			.exchange();

		assertThat(declined).hasStatusOk();
		assertThat(status(s.plan())).isEqualTo("DECLINED");
		MimeMessage notice = awaitMessageTo(s.leaderEmail());
		assertThat(notice.getSubject()).contains("declined", "Keys");
		assertThat(part(notice, "text/plain")).contains("Reason: Away <visiting> family",
				"https://canticle.example.org/plans/" + s.plan() + "/schedule");
		assertThat(part(notice, "text/html")).contains("Away &lt;visiting&gt; family");
	}

	@Test
	void changedAndExpiredLinksGetAClearPageAndChangeNothing() throws Exception {
		Setup s = setup("2032-09-19");
		String email = "cy-" + unique() + "@example.org";
		long cy = f().profile("Cy " + unique(), email);
		long id = ScheduleFixtures.idOf(f().assign(s.plan(), s.position(), cy, false));
		String accept = link(part(awaitMessageTo(email), "text/plain"), "Accept");
		String token = accept.substring(accept.lastIndexOf('/') + 1);
		String tampered = "/respond/" + token.substring(0, 10) + (token.charAt(10) == 'x' ? 'y' : 'x')
				+ token.substring(11);
		String nonce = links.verify(token).orElseThrow().nonce();
		String expired = "/respond/"
				+ links.token(id, ResponseLinks.Answer.ACCEPT, Instant.now().minusSeconds(60), nonce);

		MvcTestResult changed = mvc.post().uri(tampered).with(anonymous()).with(csrf()).exchange();
		MvcTestResult old = mvc.post().uri(expired).with(anonymous()).with(csrf()).exchange();

		assertThat(changed).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(changed).bodyText().contains("This link does not work");
		assertThat(old).hasStatus(HttpStatus.GONE);
		assertThat(old).bodyText().contains("This link has expired");
		assertThat(status(s.plan())).isEqualTo("PENDING");
		assertThat(mvc.post().uri(accept).with(anonymous()).with(csrf()).exchange()).hasStatusOk();
	}

	@Test
	void remindersGoOnceToEveryoneScheduledWhoHasNotDeclined() throws Exception {
		Setup s = setup(LocalDate.now().plusDays(2).toString());
		String email = "dee-" + unique() + "@example.org";
		long dee = f().profile("Dee " + unique(), email);
		f().assign(s.plan(), s.position(), dee, false);
		awaitMessageTo(email);

		reminders.remindDue();
		reminders.remindDue();

		await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo(email).size() >= 2);
		// a second reminder would have been queued with the first
		Thread.sleep(1000);
		List<MimeMessage> all = messagesTo(email);
		assertThat(all).hasSize(2);
		assertThat(all.get(1).getSubject()).startsWith("Reminder:");
		assertThat(part(all.get(1), "text/plain")).contains("You have not answered yet", "Accept: ");
	}

	private String status(long plan) throws Exception {
		return mvc.get()
			.uri("/api/plans/{id}/schedule", plan)
			.exchange()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*\"status\":\"([A-Z]+)\".*", "$1");
	}

	private MimeMessage awaitMessageTo(String email) throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> !messagesTo(email).isEmpty());
		return messagesTo(email).get(0);
	}

	private List<MimeMessage> messagesTo(String email) throws MessagingException {
		return messagesTo(List.of(email));
	}

	private List<MimeMessage> messagesTo(List<String> emails) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (emails.contains(message.getRecipients(Message.RecipientType.TO)[0].toString())) {
				found.add(message);
			}
		}
		return found;
	}

	static String part(MimeMessage message, String type) throws Exception {
		return find((MimeMultipart) message.getContent(), type);
	}

	private static String find(MimeMultipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
			else if (part.isMimeType(type)) {
				return GreenMailUtil.getBody(part).isEmpty() ? null : (String) part.getContent();
			}
		}
		return null;
	}

	private static String link(String text, String label) {
		Matcher matcher = Pattern.compile(label + ": https://canticle.example.org(/respond/\\S+)").matcher(text);
		assertThat(matcher.find()).as("%s link in %s", label, text).isTrue();
		return matcher.group(1);
	}

}
