package org.canticle.system;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Token buckets per client and endpoint class. The HTTP side is {@code RateLimitFilter};
 * others call {@link #tryConsume} directly, e.g. the login handler for each failed login:
 * {@code rateLimiter.tryConsume(rateLimiter.client(request), EndpointClass.LOGIN).allowed()}.
 */
public class RateLimiter {

	private final RateLimitSettings settings;

	private final RateLimitStore store;

	private final ClientAddress addresses;

	private final Map<EndpointClass, BucketConfiguration> configurations = new EnumMap<>(EndpointClass.class);

	RateLimiter(RateLimitSettings settings, RateLimitStore store) {
		this.settings = settings;
		this.store = store;
		this.addresses = new ClientAddress(settings.trustedProxies());
		for (EndpointClass endpointClass : EndpointClass.values()) {
			int limit = Math.max(1, settings.limit(endpointClass));
			// greedy refill: tokens come back evenly over the window, not all at its end
			configurations.put(endpointClass,
					BucketConfiguration.builder()
						.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, settings.window()).build())
						.build());
		}
	}

	public boolean enabled() {
		return settings.enabled();
	}

	/**
	 * Takes one token from {@code client}'s bucket for {@code endpointClass}.
	 * @param client who is asking: {@link #client} gives the usual key
	 */
	public RateLimitDecision tryConsume(String client, EndpointClass endpointClass) {
		int limit = Math.max(1, settings.limit(endpointClass));
		long window = Math.max(1, settings.window().toSeconds());
		if (!settings.enabled()) {
			return new RateLimitDecision(endpointClass, true, limit, window, limit, 0);
		}
		ConsumptionProbe probe = store
			.bucket(endpointClass.policy() + "|" + client, () -> configurations.get(endpointClass))
			.tryConsumeAndReturnRemaining(1);
		long wait = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
		return new RateLimitDecision(endpointClass, probe.isConsumed(), limit, window, probe.getRemainingTokens(),
				ceilSeconds(wait));
	}

	/**
	 * The key a request is limited by: its user once authenticated, else its address (see
	 * trusted proxies).
	 */
	public String client(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "user:" + authentication.getName();
		}
		return "ip:" + addresses.of(request);
	}

	private static long ceilSeconds(long nanos) {
		return nanos <= 0 ? 0 : (nanos + Duration.ofSeconds(1).toNanos() - 1) / Duration.ofSeconds(1).toNanos();
	}

}
