package org.canticle.importing;

/**
 * A file, archive entry or song that was not imported, why, and where (line 0: no line to
 * blame).
 */
public record Refusal(String file, int line, String reason) {
}
