package org.canticle.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PasswordAuthenticationProviderTest {

	@Test
	void anUnknownEmailStillRunsThePasswordEncoderSoTimingRevealsNothing() {
		UserRepository users = mock(UserRepository.class);
		when(users.findCredentials(anyString())).thenReturn(Optional.empty());
		PasswordEncoder encoder = spy(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		var provider = new PasswordAuthenticationProvider(users, encoder,
				new InMemoryLoginThrottle(new SecuritySettings.Login(5, 20, Duration.ofMinutes(15), 100),
						Clock.systemUTC()),
				mock(AuditTrail.class), Clock.systemUTC());

		assertThatThrownBy(() -> provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("nobody@example.org", "Some-password-1")))
			.isInstanceOf(BadCredentialsException.class)
			.hasMessage(PasswordAuthenticationProvider.FAILED);
		verify(encoder, times(1)).matches(eq("Some-password-1"), anyString());
	}

}
