package org.canticle.schedule;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ResponseLinksTest {

	private final ResponseLinks links = links("c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODk");

	static ResponseLinks links(String key) {
		ScheduleRepository repository = mock(ScheduleRepository.class);
		when(repository.signingKey()).thenReturn(Optional.of(key));
		return new ResponseLinks(repository);
	}

	@Test
	void aLinkSaysWhatItAnswersForWhichAssignmentUntilWhen() {
		Instant expires = Instant.parse("2031-12-01T10:00:00Z");
		String token = links.token(42, ResponseLinks.Answer.DECLINE, expires, "nonce123");

		assertThat(links.verify(token))
			.contains(new ResponseLinks.Link(42, ResponseLinks.Answer.DECLINE, expires, "nonce123"));
	}

	@Test
	void anyChangedCharacterBreaksTheLink() {
		String token = links.token(42, ResponseLinks.Answer.ACCEPT, Instant.parse("2031-12-01T10:00:00Z"), "n");
		for (int i = 0; i < token.length(); i++) {
			char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
			String changed = token.substring(0, i) + replacement + token.substring(i + 1);
			assertThat(links.verify(changed)).as("changed at %d: %s", i, changed).isEmpty();
		}
	}

	@Test
	void anAcceptLinkCannotBeTurnedIntoADeclineLink() {
		String accept = links.token(42, ResponseLinks.Answer.ACCEPT, Instant.parse("2031-12-01T10:00:00Z"), "n");
		String payload = accept.substring(0, accept.indexOf('.'));
		String forged = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					new String(java.util.Base64.getUrlDecoder().decode(payload)).replace(".A.", ".D.").getBytes())
				+ accept.substring(accept.indexOf('.'));

		assertThat(links.verify(forged)).isEmpty();
	}

	@Test
	void aLinkSignedWithAnotherKeyIsRefused() {
		String other = links("b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMTIzNDU2Nzg").token(42,
				ResponseLinks.Answer.ACCEPT, Instant.parse("2031-12-01T10:00:00Z"), "n");

		assertThat(links.verify(other)).isEmpty();
		assertThat(links.verify("")).isEmpty();
		assertThat(links.verify("not-a-token")).isEmpty();
		assertThat(links.verify("a.b.c")).isEmpty();
	}

}
