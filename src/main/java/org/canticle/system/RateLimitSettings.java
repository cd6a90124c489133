package org.canticle.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token-bucket limits per client (the user once logged in, else the client address) and
 * endpoint class. Each bucket holds the class's limit and refills it evenly over
 * {@code window}.
 *
 * @param enabled off: no limits and no RateLimit headers
 * @param reads GET requests per window
 * @param writes POST, PUT, PATCH and DELETE requests per window
 * @param search library searches ({@code GET /api/songs?q=}) per window
 * @param login failed logins per window
 * @param window the period each limit is counted over
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose
 * X-Forwarded-For is believed; empty: the socket's address is the client
 * @param maxClients buckets kept in memory at most; idle ones go first (a bucket idle for
 * a whole window is full again, so forgetting it loses nothing)
 */
@ConfigurationProperties("canticle.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1200") int reads,
		@DefaultValue("120") int writes, @DefaultValue("300") int search, @DefaultValue("10") int login,
		@DefaultValue("1m") Duration window, @DefaultValue List<String> trustedProxies,
		@DefaultValue("100000") int maxClients) {

	int limit(EndpointClass endpointClass) {
		return switch (endpointClass) {
			case READS -> reads;
			case WRITES -> writes;
			case SEARCH -> search;
			case LOGIN -> login;
		};
	}

}
