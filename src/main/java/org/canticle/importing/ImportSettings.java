package org.canticle.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import, export and backup settings.
 *
 * @param maxZipEntries entries a zip may have before it is refused as a whole
 * @param maxUnpackedSize total uncompressed size of a zip's entries (checked while
 * inflating)
 * @param maxCompressionRatio uncompressed to compressed bytes; more looks like a zip bomb
 * @param jobRetention how long a finished import's report stays readable
 * @param maxQueuedImports imports waiting for a worker before new ones get 503
 */
@ConfigurationProperties("canticle.import")
public record ImportSettings(@DefaultValue("5000") int maxZipEntries, @DefaultValue("200MB") DataSize maxUnpackedSize,
		@DefaultValue("100") int maxCompressionRatio, @DefaultValue("1h") Duration jobRetention,
		@DefaultValue("10") int maxQueuedImports) {

	public SafeZip.Limits zipLimits() {
		return new SafeZip.Limits(maxZipEntries, maxUnpackedSize.toBytes(), maxCompressionRatio);
	}

}
