package org.canticle.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Canticle talks to its database when things go wrong. The pool itself is set with
 * {@code spring.datasource.hikari.*}.
 *
 * @param connectTimeout PostgreSQL: how long opening a TCP connection may take
 * @param loginTimeout PostgreSQL: how long connecting and logging in may take
 * @param socketTimeout PostgreSQL: a read that waits longer fails and its connection is
 * dropped; longer than {@code statementTimeout}, so a slow statement is cancelled by the
 * server before this fires
 * @param statementTimeout the server cancels a statement that runs longer (PostgreSQL
 * {@code statement_timeout}, H2 {@code QUERY_TIMEOUT}); the request gets 503
 * @param tcpKeepAlive PostgreSQL: TCP keepalive on every connection, so half-open
 * connections are noticed
 * @param probeInterval while the database is unreachable (or not migrated yet) it is
 * probed this often
 * @param probeTimeout how long one probe may take to connect
 * @param bulkhead how many API requests may use the database at once
 * @param breaker when the circuit breaker opens
 */
@ConfigurationProperties("canticle.database")
public record DatabaseSettings(@DefaultValue("10s") Duration connectTimeout, @DefaultValue("10s") Duration loginTimeout,
		@DefaultValue("30s") Duration socketTimeout, @DefaultValue("10s") Duration statementTimeout,
		@DefaultValue("true") boolean tcpKeepAlive, @DefaultValue("500ms") Duration probeInterval,
		@DefaultValue("2s") Duration probeTimeout, @DefaultValue Bulkhead bulkhead, @DefaultValue Breaker breaker) {

	/**
	 * @param maxConcurrent API requests served at once; more wait up to {@code maxWait},
	 * then get 503
	 * @param maxWait how long a request waits for its turn
	 */
	public record Bulkhead(@DefaultValue("30") int maxConcurrent, @DefaultValue("500ms") Duration maxWait) {
	}

	/**
	 * @param failureRate percentage of connection failures among the last {@code window}
	 * requests that opens it
	 * @param window requests the failure rate is measured over
	 * @param minimumCalls requests needed before the rate counts
	 * @param openFor how long it stays open before letting a few requests try, when no
	 * probe has closed it before
	 */
	public record Breaker(@DefaultValue("50") int failureRate, @DefaultValue("10") int window,
			@DefaultValue("5") int minimumCalls, @DefaultValue("5s") Duration openFor) {
	}

}
