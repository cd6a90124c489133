package org.canticle.system;

import io.github.bucket4j.TimeMeter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

	/** In memory unless another store (e.g. Redis) is defined. */
	@Bean
	@ConditionalOnMissingBean(RateLimitStore.class)
	RateLimitStore localRateLimitStore(RateLimitSettings settings) {
		return new LocalRateLimitStore(settings.maxClients(), settings.window(), TimeMeter.SYSTEM_NANOTIME);
	}

	@Bean
	RateLimiter rateLimiter(RateLimitSettings settings, RateLimitStore store) {
		return new RateLimiter(settings, store);
	}

}
