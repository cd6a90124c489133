package org.canticle.account;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The account beans that work with or without the web server (the admin command runs
 * without it).
 */
@Configuration(proxyBeanMethods = false)
class AccountConfig {

	/**
	 * Spring's delegating encoder: new hashes are bcrypt ({@code {bcrypt}$2a$10$…}), and
	 * the prefix lets a later default (argon2) take over, old hashes being upgraded at
	 * the next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.standard();
	}

	@Bean
	LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
		return new InMemoryLoginThrottle(settings.login(), clock);
	}

}
