package org.canticle.system;

import java.util.Locale;

/**
 * What a request costs the server, for rate limiting: each class has its own bucket per
 * client.
 */
public enum EndpointClass {

	READS, WRITES, SEARCH, LOGIN;

	/** The policy name in the RateLimit-Policy and RateLimit headers. */
	public String policy() {
		return name().toLowerCase(Locale.ROOT);
	}

}
