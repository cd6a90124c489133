package org.canticle.mail;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Canticle sends email. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent and messages
 * wait in the outbox.
 *
 * @param from the sender address of every message
 * @param baseUrl the address people open Canticle at, for the links in emails
 * @param pollInterval how often the outbox is checked for messages due
 * @param firstRetry the wait after a first failed attempt; it doubles with each failure
 * @param maxRetry the longest wait between attempts: a message is retried until it goes
 */
@ConfigurationProperties("canticle.mail")
public record MailSettings(@DefaultValue("canticle@localhost") String from,
		@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry) {

	/** The base URL without a trailing slash, to put a path after. */
	public String base() {
		String url = baseUrl.toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
