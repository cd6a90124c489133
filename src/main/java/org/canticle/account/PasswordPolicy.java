package org.canticle.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords Canticle accepts: at least 10 characters, not on the list of common
 * passwords (nor such a word with digits or symbols added at the end, "Sunshine2024!"),
 * not mostly one character, not the user's email. Length and a block list beat
 * composition rules (NIST SP 800-63B): they refuse what attackers try first and nothing
 * else.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/**
	 * bcrypt reads no further than 72 bytes; a longer password would be silently cut, so
	 * it is refused instead.
	 */
	public static final int MAX_BYTES = 72;

	private static final String LIST = "/account/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/** The policy with the shipped list of common passwords. */
	public static PasswordPolicy standard() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + LIST);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PasswordPolicy(words);
	}

	int size() {
		return common.size();
	}

	/**
	 * Why {@code password} is refused for the account {@code email}, in words for the
	 * user; empty when it is fine.
	 */
	public Optional<String> problem(String password, String email) {
		if (password == null || password.isBlank()) {
			return Optional.of("must not be empty");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("must be at most " + MAX_BYTES + " bytes long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String word = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		if (common.contains(lower) || common.contains(word)) {
			return Optional.of("is too common: it is on the list of passwords attackers try first");
		}
		if (lower.codePoints().distinct().count() < 4) {
			return Optional.of("is too repetitive");
		}
		if (email != null && !email.isBlank()) {
			String address = email.strip().toLowerCase(Locale.ROOT);
			int at = address.indexOf('@');
			String local = at > 0 ? address.substring(0, at) : address;
			if (lower.contains(address) || (local.length() >= 4 && lower.contains(local))) {
				return Optional.of("must not contain your email address");
			}
		}
		return Optional.empty();
	}

}
