package org.canticle.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedKeyTest {

	@Test
	void theItemsOwnKeyWinsOverEverything() {
		assertThat(ResolvedKey.resolve("A", "Bb", "G")).isEqualTo(new ResolvedKey("A", KeySource.ITEM));
	}

	@Test
	void withoutAnItemKeyTheLeadersPreferredKeyWins() {
		assertThat(ResolvedKey.resolve(null, "Bb", "G")).isEqualTo(new ResolvedKey("Bb", KeySource.LEADER));
	}

	@Test
	void withNeitherTheSongsOriginalKeyIsUsed() {
		assertThat(ResolvedKey.resolve(null, null, "G")).isEqualTo(new ResolvedKey("G", KeySource.SONG));
	}

	@Test
	void aSongWithoutAKeyIsPlayedAsWritten() {
		assertThat(ResolvedKey.resolve(null, null, null)).isEqualTo(new ResolvedKey(null, KeySource.SONG));
	}

	@Test
	void theFallbackIgnoresTheItemsOwnKey() {
		assertThat(ResolvedKey.fallback("Bb", "G")).isEqualTo("Bb");
		assertThat(ResolvedKey.fallback(null, "G")).isEqualTo("G");
	}

}
