package org.canticle.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param timeZone the team's time zone: it decides "today" (upcoming and past plans, the
 * default Sunday, "last used", the calendar window) and every time a person sees.
 * Default: the JVM's zone. Instants are stored as they are; only what is shown is local.
 */
@ConfigurationProperties("canticle")
public record TimeSettings(ZoneId timeZone) {

	public TimeSettings {
		if (timeZone == null) {
			timeZone = ZoneId.systemDefault();
		}
	}

}
