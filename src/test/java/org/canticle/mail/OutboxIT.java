package org.canticle.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a real SMTP server (GreenMail) that goes down and comes back: every
 * message arrives, exactly once, while several senders (as several instances would) and
 * the background sender work at the same time. On H2 and on PostgreSQL, whose
 * {@code FOR UPDATE SKIP LOCKED} is what keeps two instances off the same message.
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class OutboxIT {

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
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvcTester mvc;

	@Test
	void anSmtpOutageLosesNothingAndSendsNothingTwiceWhateverTheNumberOfSenders() throws Exception {
		smtp.stop();
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String recipient = "outage-" + i + "-" + run + "@example.org";
			recipients.add(recipient);
			transaction.executeWithoutResult(status -> outbox
				.enqueue(new Email(recipient, "Message " + recipient, "Hello <you>", "<p>Hello &lt;you&gt;</p>")));
		}
		// down: an attempt fails, and the message waits for its back-off
		assertThat(sender.sendDue()).isZero();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outbox.status().latest().stream().anyMatch(m -> m.lastError() != null));
		MvcTestResult failing = mvc.get().uri("/admin/email").exchange();
		assertThat(failing).hasStatusOk();
		assertThat(failing).bodyText().contains("after a failed attempt");

		smtp.start();
		ExecutorService instances = Executors.newFixedThreadPool(3);
		try {
			List<Future<Integer>> senders = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				senders.add(instances.submit(() -> {
					int sent = 0;
					long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
					while (System.nanoTime() < until && received(recipients).size() < recipients.size()) {
						sent += sender.sendDue();
						Thread.sleep(20);
					}
					return sent;
				}));
			}
			for (Future<Integer> each : senders) {
				each.get();
			}
		}
		finally {
			instances.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> received(recipients).size() >= recipients.size());
		// every round after this finds nothing more to send
		sender.sendDue();
		Thread.sleep(1000);

		List<MimeMessage> received = received(recipients);
		Set<String> to = new HashSet<>();
		Set<String> ids = new HashSet<>();
		for (MimeMessage message : received) {
			to.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
			ids.add(message.getMessageID());
		}
		assertThat(received).hasSize(recipients.size());
		assertThat(to).containsExactlyInAnyOrderElementsOf(recipients);
		assertThat(ids).hasSize(recipients.size()).allMatch(id -> id.matches("<outbox-\\d+@canticle>"));
	}

	@Test
	void theBackOffDoublesUpToTheLongestWait() {
		assertThat(sender.backOff(1)).isEqualTo(Duration.ofMillis(200));
		assertThat(sender.backOff(2)).isEqualTo(Duration.ofMillis(400));
		assertThat(sender.backOff(3)).isEqualTo(Duration.ofMillis(800));
		assertThat(sender.backOff(4)).isEqualTo(Duration.ofSeconds(1));
		assertThat(sender.backOff(60)).isEqualTo(Duration.ofSeconds(1));
	}

	private static List<MimeMessage> received(List<String> recipients) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (recipients.contains(message.getRecipients(Message.RecipientType.TO)[0].toString())) {
				found.add(message);
			}
		}
		return found;
	}

}
