package org.canticle.system;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Strong entity tags built from a resource's id and row version: the version changes with
 * every write, so the tag changes exactly when the representation can. Used for
 * If-None-Match (304) and If-Match (428/412).
 */
public final class ETags {

	private ETags() {
	}

	public static String of(String kind, long id, int version) {
		return "\"" + kind + "-" + id + "-v" + version + "\"";
	}

	/**
	 * True when an If-None-Match header names this tag (or {@code *}); weak comparison as
	 * RFC 9110 asks.
	 */
	public static boolean matchesNoneMatch(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		String tag = stripWeak(etag);
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::trim)
			.anyMatch(candidate -> candidate.equals("*") || stripWeak(candidate).equals(tag));
	}

	/**
	 * A 304 when If-None-Match names the resource's current tag; empty when the whole
	 * representation must be sent. The current tag is only looked up when the header is
	 * there, so a plain GET costs nothing more.
	 */
	public static <T> Optional<ResponseEntity<T>> notModified(String ifNoneMatch,
			Supplier<Optional<String>> currentTag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return Optional.empty();
		}
		return currentTag.get()
			.filter(tag -> matchesNoneMatch(ifNoneMatch, tag))
			.map(tag -> ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).<T>build());
	}

	/**
	 * Reads the version a writer last saw from its If-Match header. The write then
	 * updates only that version of the row, so a change made meanwhile is never
	 * overwritten.
	 * @return the version, or {@code null} for {@code If-Match: *} (any current version)
	 * @throws PreconditionRequiredException without the header
	 * @throws StaleVersionException when the header names no version of this resource
	 */
	public static Integer expectedVersion(String ifMatch, String kind, long id) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String prefix = "\"" + kind + "-" + id + "-v";
		for (String candidate : ifMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*")) {
				return null;
			}
			if (tag.startsWith(prefix) && tag.endsWith("\"")) {
				try {
					return Integer.valueOf(tag.substring(prefix.length(), tag.length() - 1));
				}
				catch (NumberFormatException ex) {
					break;
				}
			}
		}
		throw new StaleVersionException(capitalize(kind), id, null);
	}

	private static String stripWeak(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static String capitalize(String kind) {
		return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

}
