package org.canticle.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	@Test
	void shipsAListOfOverAThousandCommonPasswords() {
		assertThat(policy.size()).isGreaterThan(1000);
	}

	@Test
	void refusesPasswordsShorterThanTenCharacters() {
		assertThat(policy.problem("Xk7#pq2!z", "a@b.org")).hasValue("must be at least 10 characters long");
		assertThat(policy.problem("Xk7#pq2!zR", "a@b.org")).isEmpty();
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.problem("QWERTYUIOP", "a@b.org")).get().asString().contains("too common");
		assertThat(policy.problem("password123", "a@b.org")).get().asString().contains("too common");
		assertThat(policy.problem("1234567890", "a@b.org")).get().asString().contains("too common");
	}

	@Test
	void refusesACommonWordWithDigitsOrSymbolsAdded() {
		assertThat(policy.problem("Sunshine2024!", "a@b.org")).get().asString().contains("too common");
		assertThat(policy.problem("hallelujah777", "a@b.org")).get().asString().contains("too common");
		assertThat(policy.problem("!!Worship2025", "a@b.org")).get().asString().contains("too common");
	}

	@Test
	void refusesRepetitivePasswordsAndOnesContainingTheEmail() {
		assertThat(policy.problem("abababababab", "a@b.org")).hasValue("is too repetitive");
		assertThat(policy.problem("maryjones-rocks", "MaryJones@church.org"))
			.hasValue("must not contain your email address");
	}

	@Test
	void refusesWhatBcryptWouldCutShort() {
		assertThat(policy.problem("Long-passphrase-".repeat(5), "a@b.org")).hasValue("must be at most 72 bytes long");
	}

	@Test
	void acceptsAPassphrase() {
		assertThat(policy.problem("correct organ pedal stapler", "a@b.org")).isEmpty();
	}

}
