package org.canticle.chart;

/** A line kept exactly as written: # comments and the content of tab/grid-like blocks. */
public record VerbatimLine(String text) implements Line {
	@Override
	public String toChordPro() {
		return text;
	}
}
