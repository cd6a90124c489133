package org.canticle.system;

/**
 * The outcome of taking a token, with what the RateLimit headers tell the client.
 *
 * @param allowed whether the request may go on
 * @param remaining tokens left after this request
 * @param resetSeconds seconds until the bucket is full again (when allowed) or holds a
 * token again (when not)
 */
public record RateLimitDecision(EndpointClass endpointClass, boolean allowed, int limit, long windowSeconds,
		long remaining, long resetSeconds) {

	/**
	 * {@code RateLimit-Policy}, draft-ietf-httpapi-ratelimit-headers:
	 * {@code "reads";q=1200;w=60}.
	 */
	public String policyHeader() {
		return "\"" + endpointClass.policy() + "\";q=" + limit + ";w=" + windowSeconds;
	}

	/** {@code RateLimit}: {@code "reads";r=1199;t=1}. */
	public String rateLimitHeader() {
		return "\"" + endpointClass.policy() + "\";r=" + remaining + ";t=" + resetSeconds;
	}

}
