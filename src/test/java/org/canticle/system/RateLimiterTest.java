package org.canticle.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

	final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	final TimeMeter clock = new TimeMeter() {
		@Override
		public long currentTimeNanos() {
			return nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}
	};

	RateLimiter limiter(boolean enabled, int reads, List<String> proxies) {
		RateLimitSettings settings = new RateLimitSettings(enabled, reads, 2, 5, 10, Duration.ofMinutes(1), proxies,
				1000);
		return new RateLimiter(settings, new LocalRateLimitStore(1000, Duration.ofMinutes(1), clock));
	}

	@Test
	void aBucketEmptiesThenRefillsOverItsWindow() {
		RateLimiter limiter = limiter(true, 3, List.of());
		for (int i = 2; i >= 0; i--) {
			RateLimitDecision decision = limiter.tryConsume("user:ann", EndpointClass.READS);
			assertThat(decision.allowed()).isTrue();
			assertThat(decision.remaining()).isEqualTo(i);
		}
		RateLimitDecision refused = limiter.tryConsume("user:ann", EndpointClass.READS);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.resetSeconds()).as("one token every 20 s").isEqualTo(20);
		assertThat(refused.policyHeader()).isEqualTo("\"reads\";q=3;w=60");
		assertThat(refused.rateLimitHeader()).isEqualTo("\"reads\";r=0;t=20");

		nanos.addAndGet(TimeUnit.SECONDS.toNanos(19));
		assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).allowed()).isFalse();
		nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
		assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).allowed()).isTrue();
		assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).allowed()).isFalse();

		nanos.addAndGet(TimeUnit.MINUTES.toNanos(5));
		assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).remaining()).as("full again, not more")
			.isEqualTo(2);
	}

	@Test
	void clientsAndEndpointClassesHaveTheirOwnBuckets() {
		RateLimiter limiter = limiter(true, 1, List.of());
		assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).allowed()).isTrue();
		assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).allowed()).isFalse();
		assertThat(limiter.tryConsume("user:bob", EndpointClass.READS).allowed()).isTrue();
		assertThat(limiter.tryConsume("user:ann", EndpointClass.WRITES).allowed()).isTrue();
		assertThat(limiter.tryConsume("user:ann", EndpointClass.WRITES).allowed()).isTrue();
		assertThat(limiter.tryConsume("user:ann", EndpointClass.WRITES).allowed()).isFalse();
		for (int i = 0; i < 10; i++) {
			assertThat(limiter.tryConsume("ip:10.0.0.9", EndpointClass.LOGIN).allowed()).isTrue();
		}
		assertThat(limiter.tryConsume("ip:10.0.0.9", EndpointClass.LOGIN).allowed()).isFalse();
	}

	@Test
	void disabledLimitsNeverRefuse() {
		RateLimiter limiter = limiter(false, 1, List.of());
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.tryConsume("user:ann", EndpointClass.READS).allowed()).isTrue();
		}
	}

	@Test
	void theStoreIsBounded() {
		LocalRateLimitStore store = new LocalRateLimitStore(10, Duration.ofMinutes(1), clock);
		RateLimiter limiter = new RateLimiter(
				new RateLimitSettings(true, 5, 5, 5, 5, Duration.ofMinutes(1), List.of(), 10), store);
		for (int i = 0; i < 500; i++) {
			limiter.tryConsume("ip:10.0.0." + i, EndpointClass.READS);
		}
		assertThat(store.size()).isLessThanOrEqualTo(10);
	}

	@Test
	void forwardedForIsBelievedOnlyFromTrustedProxies() {
		ClientAddress direct = new ClientAddress(List.of());
		assertThat(direct.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");

		ClientAddress proxied = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5"));
		assertThat(proxied.of(request("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
		assertThat(proxied.of(request("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.168.1.5")))
			.as("the forged part is ignored")
			.isEqualTo("198.51.100.1");
		assertThat(proxied.of(request("203.0.113.7", "198.51.100.1"))).as("not from a proxy").isEqualTo("203.0.113.7");
		assertThat(proxied.of(request("10.1.2.3", "not-an-address"))).isEqualTo("10.1.2.3");
	}

	private static MockHttpServletRequest request(String remote, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/songs");
		request.setRemoteAddr(remote);
		request.addHeader("X-Forwarded-For", forwardedFor);
		return request;
	}

}
