package org.canticle.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Health thresholds and operator access.
 *
 * @param managementToken a secret that opens {@code /actuator/canticle},
 * {@code /actuator/prometheus} and health details to
 * {@code Authorization: Bearer <token>} (for the {@code health} command and Prometheus);
 * empty: only users with role ADMIN see them
 * @param maxPending more requests than this waiting for a connection make the pool
 * OUT_OF_SERVICE
 * @param maxUsage a warning when this share of the pool's connections is in use
 * @param maxProbeLatency a warning when the database takes longer than this to answer
 * {@code SELECT 1}
 */
@ConfigurationProperties("canticle.operations")
public record OperationsSettings(@DefaultValue("") String managementToken, @DefaultValue("10") int maxPending,
		@DefaultValue("0.9") double maxUsage, @DefaultValue("500ms") Duration maxProbeLatency) {
}
