package org.canticle.system;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the token buckets live. The default keeps them in this instance's memory; several
 * instances behind one proxy share a store instead, e.g. bucket4j-redis's
 * {@code ProxyManager}, whose {@code builder().build(key, config)} returns a
 * {@link Bucket} just the same.
 */
public interface RateLimitStore {

	/** The bucket for {@code key}, created from {@code configuration} the first time. */
	Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

}
