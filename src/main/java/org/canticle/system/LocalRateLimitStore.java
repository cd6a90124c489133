package org.canticle.system;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this instance's memory, at most {@code maxClients} of them. A bucket unused
 * for a whole window has refilled completely, so it is dropped then: forgetting it
 * changes nothing for its client.
 */
class LocalRateLimitStore implements RateLimitStore {

	private final Cache<String, Bucket> buckets;

	private final TimeMeter time;

	LocalRateLimitStore(int maxClients, Duration idle, TimeMeter time) {
		this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idle).build();
		this.time = time;
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return buckets.get(key, k -> {
			LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
			for (Bandwidth bandwidth : configuration.get().getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		});
	}

	long size() {
		buckets.cleanUp();
		return buckets.estimatedSize();
	}

}
