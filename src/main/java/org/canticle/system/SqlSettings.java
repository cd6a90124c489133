package org.canticle.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param statementBudget a request that sends more SQL statements than this is logged at
 * WARN: the symptom of a query inside a loop
 */
@ConfigurationProperties("canticle.sql")
public record SqlSettings(@DefaultValue("12") int statementBudget) {
}
