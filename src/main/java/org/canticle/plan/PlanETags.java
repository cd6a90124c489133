package org.canticle.plan;

import org.canticle.system.PreconditionRequiredException;
import org.canticle.system.StaleVersionException;

/**
 * Reads the plan version out of an If-Match header carrying a plan ETag (see
 * {@link PlanState#etag}).
 */
final class PlanETags {

	private PlanETags() {
	}

	/**
	 * @param required whether a missing header is an error (428) or means "any version"
	 * @return the plan version the client last read, or null for {@code *} or an optional
	 * missing header
	 * @throws StaleVersionException when the header names no version of this plan
	 */
	static Integer expectedVersion(String ifMatch, long id, boolean required) {
		if (ifMatch == null || ifMatch.isBlank()) {
			if (required) {
				throw new PreconditionRequiredException();
			}
			return null;
		}
		String prefix = "\"" + PlanState.PLAN + "-" + id + "-v";
		for (String candidate : ifMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*")) {
				return null;
			}
			if (tag.startsWith(prefix) && tag.endsWith("\"")) {
				int end = prefix.length();
				while (end < tag.length() && Character.isDigit(tag.charAt(end))) {
					end++;
				}
				char next = end < tag.length() ? tag.charAt(end) : ' ';
				if (end > prefix.length() && end - prefix.length() < 10 && (next == '-' || next == '"')) {
					return Integer.valueOf(tag.substring(prefix.length(), end));
				}
			}
		}
		throw new StaleVersionException("Plan", id, null);
	}

}
