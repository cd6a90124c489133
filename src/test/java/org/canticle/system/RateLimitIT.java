package org.canticle.system;

import java.net.http.HttpResponse;

import org.canticle.account.Role;
import org.canticle.account.TestUsers;
import org.canticle.support.Http;
import org.canticle.support.OpsTestConfig;
import org.canticle.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of the rate limits; the buckets' arithmetic is RateLimiterTest's. */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "canticle.rate-limit.enabled=true", "canticle.rate-limit.reads=3",
				"canticle.rate-limit.search=2" })
@Import(OpsTestConfig.class)
class RateLimitIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theFourthReadInAMinuteIs429WithRetryAfterAndRateLimitHeaders() throws Exception {
		Http http = new Http(port);
		String member = TestUsers.token(context, Role.MEMBER);
		String leader = TestUsers.token(context, Role.LEADER);
		for (int remaining = 2; remaining >= 0; remaining--) {
			HttpResponse<String> ok = http.get("/api/songs?size=1", member);
			assertThat(ok.statusCode()).isEqualTo(200);
			assertThat(ok.headers().firstValue("RateLimit-Policy")).hasValue("\"reads\";q=3;w=60");
			assertThat(ok.headers().firstValue("RateLimit").orElseThrow())
				.startsWith("\"reads\";r=" + remaining + ";t=");
		}
		HttpResponse<String> refused = http.get("/api/songs?size=1", member);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		// one token comes back every 20 s (3 a minute), counted from the first read: at
		// most 20 s to wait
		int retryAfter = Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1, 20);
		assertThat(refused.headers().firstValue("RateLimit")).hasValue("\"reads\";r=0;t=" + retryAfter);
		assertThat(refused.body()).contains("Too many requests");

		// search has its own bucket, and so does every other user
		assertThat(http.get("/api/songs?q=grace", member).headers().firstValue("RateLimit-Policy"))
			.hasValue("\"search\";q=2;w=60");
		assertThat(http.get("/api/songs?size=1", leader).statusCode()).isEqualTo(200);
	}

}
