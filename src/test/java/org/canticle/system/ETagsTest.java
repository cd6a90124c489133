package org.canticle.system;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

	@Test
	void aMatchingIfNoneMatchIsNotModifiedWithTheTag() {
		var answer = ETags.notModified("W/\"song-7-v3\", \"other\"", () -> Optional.of(ETags.of("song", 7, 3)));
		assertThat(answer).hasValueSatisfying(response -> {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
			assertThat(response.getHeaders().getETag()).isEqualTo("\"song-7-v3\"");
		});
	}

	@Test
	void aStaleOrMissingResourceIsSentInFull() {
		assertThat(ETags.notModified("\"song-7-v2\"", () -> Optional.of(ETags.of("song", 7, 3)))).isEmpty();
		assertThat(ETags.notModified("\"song-7-v3\"", Optional::empty)).isEmpty();
	}

	@Test
	void withoutTheHeaderTheCurrentTagIsNotLookedUp() {
		AtomicInteger lookups = new AtomicInteger();
		assertThat(ETags.notModified(null, () -> {
			lookups.incrementAndGet();
			return Optional.of("\"x\"");
		})).isEmpty();
		assertThat(lookups).hasValue(0);
	}

	@Test
	void ifMatchGivesTheVersionTheWriterRead() {
		assertThat(ETags.expectedVersion("\"plan-4-v12\"", "plan", 4)).isEqualTo(12);
		assertThat(ETags.expectedVersion("*", "plan", 4)).isNull();
		assertThatThrownBy(() -> ETags.expectedVersion(null, "plan", 4))
			.isInstanceOf(PreconditionRequiredException.class);
		assertThatThrownBy(() -> ETags.expectedVersion("\"plan-5-v12\"", "plan", 4))
			.isInstanceOf(StaleVersionException.class);
	}

}
