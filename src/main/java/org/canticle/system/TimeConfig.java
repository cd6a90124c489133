package org.canticle.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

	/**
	 * The clock in the team's zone: {@code LocalDate.now(clock)} is the team's today, not
	 * UTC's (a Sunday plan must not turn "past" on Sunday afternoon in the Americas).
	 * Instants read from it are zone-free as ever.
	 */
	@Bean
	Clock clock(TimeSettings settings) {
		return Clock.system(settings.timeZone());
	}

}
