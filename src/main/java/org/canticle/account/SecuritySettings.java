package org.canticle.account;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts and access settings.
 *
 * @param secureCookie send the session cookie only over HTTPS; turn on when Canticle is
 * served behind TLS (it drives {@code server.servlet.session.cookie.secure})
 * @param login the throttle on failed sign-ins
 * @param shareLinkExpiry how long a share link works when its creator names no expiry; 0
 * for never
 * @param tokenPrefixLength how many first characters of an API token or share link are
 * kept to tell them apart
 */
@ConfigurationProperties("canticle.security")
@Validated
public record SecuritySettings(@DefaultValue("false") boolean secureCookie, @DefaultValue @Valid Login login,
		@DefaultValue("30d") Duration shareLinkExpiry, @DefaultValue("8") @Min(4) @Max(12) int tokenPrefixLength) {

	/**
	 * @param maxFailuresPerAccount failed sign-ins for one email before it is locked
	 * @param maxFailuresPerIp failed sign-ins from one address before it is locked;
	 * higher than per account, since a whole church on one Wi-Fi (or every client behind
	 * a proxy) shares an address
	 * @param lockDuration how long a lock lasts, counted from the last failure
	 * @param maxTracked how many emails and addresses the throttle remembers at most
	 * (least recently seen go first)
	 */
	public record Login(@DefaultValue("5") @Min(1) int maxFailuresPerAccount,
			@DefaultValue("20") @Min(1) int maxFailuresPerIp, @DefaultValue("15m") Duration lockDuration,
			@DefaultValue("10000") @Min(100) int maxTracked) {
	}

}
