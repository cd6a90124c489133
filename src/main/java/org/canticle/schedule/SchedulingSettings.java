package org.canticle.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDays a reminder goes this many days before the plan's date to everyone
 * scheduled who has not declined ({@code 0}: no reminders)
 * @param linkValidity how long the accept and decline links of a request work
 * @param reminderInterval how often due reminders are looked for
 */
@ConfigurationProperties("canticle.scheduling")
public record SchedulingSettings(@DefaultValue("3") int reminderDays, @DefaultValue("14d") Duration linkValidity,
		@DefaultValue("1m") Duration reminderInterval) {
}
