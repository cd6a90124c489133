package org.canticle.schedule;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.canticle.system.DatabaseReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The accept and decline links of a request: {@code payload.signature}, the payload
 * naming the assignment, the answer (one link per answer), when it expires and the
 * assignment's current nonce; the signature an HMAC-SHA256 with a key made once and kept
 * in the database, so every instance checks every link and a changed character breaks it.
 * A link works once: answering replaces the nonce.
 */
@Component
class ResponseLinks {

	private static final Logger log = LoggerFactory.getLogger(ResponseLinks.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** What a link asks for. */
	enum Answer {

		ACCEPT, DECLINE

	}

	/** A link whose signature is good. */
	record Link(long assignmentId, Answer answer, Instant expiresAt, String nonce) {
	}

	private final ScheduleRepository repository;

	private volatile byte[] key;

	ResponseLinks(ScheduleRepository repository) {
		this.repository = repository;
	}

	/**
	 * Makes (once, whichever instance is first) and loads the key when the database is
	 * ready, so no request pays for it.
	 */
	@EventListener(DatabaseReady.class)
	void loadKey() {
		key();
	}

	static String nonce() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return ENCODER.encodeToString(bytes);
	}

	String token(long assignmentId, Answer answer, Instant expiresAt, String nonce) {
		String payload = assignmentId + "." + answer.name().charAt(0) + "." + expiresAt.getEpochSecond() + "." + nonce;
		String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return encoded + "." + ENCODER.encodeToString(sign(encoded));
	}

	/** The link, when its signature is good; empty for anything else. */
	Optional<Link> verify(String token) {
		if (token == null || token.length() > 300) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String encoded = token.substring(0, dot);
		try {
			String signed = token.substring(dot + 1);
			byte[] signature = DECODER.decode(signed);
			// the canonical spelling only: Base64 ignores a last character's spare bits
			if (!ENCODER.encodeToString(signature).equals(signed) || !MessageDigest.isEqual(signature, sign(encoded))) {
				return Optional.empty();
			}
			String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\.");
			if (parts.length != 4) {
				return Optional.empty();
			}
			Answer answer = parts[1].equals("A") ? Answer.ACCEPT : parts[1].equals("D") ? Answer.DECLINE : null;
			if (answer == null) {
				return Optional.empty();
			}
			return Optional.of(new Link(Long.parseLong(parts[0]), answer,
					Instant.ofEpochSecond(Long.parseLong(parts[2])), parts[3]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private byte[] key() {
		byte[] loaded = key;
		if (loaded == null) {
			synchronized (this) {
				if (key == null) {
					key = DECODER.decode(repository.signingKey().orElseGet(this::makeKey));
				}
				loaded = key;
			}
		}
		return loaded;
	}

	private String makeKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = ENCODER.encodeToString(bytes);
		try {
			repository.insertSigningKey(secret);
			log.info("Made the key that signs accept and decline links");
			return secret;
		}
		catch (DataIntegrityViolationException ex) {
			// another instance made it first
			return repository.signingKey().orElseThrow();
		}
	}

}
