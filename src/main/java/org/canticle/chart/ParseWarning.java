package org.canticle.chart;

/** Something in the input that was kept as plain text; {@code line} is 1-based. */
public record ParseWarning(int line, String message) {
	@Override
	public String toString() {
		return "line " + line + ": " + message;
	}
}
