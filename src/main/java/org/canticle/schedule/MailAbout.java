package org.canticle.schedule;

import java.util.List;

/**
 * What a scheduling email says about a request: who, which position, the plan and its
 * times as the team reads them.
 */
public record MailAbout(String personName, String positionName, long planId, String planTitle, String planDate,
		List<String> times, String leaderName) {
}
