package org.canticle.chart;

public record DirectiveLine(Directive directive) implements Line {
	@Override
	public String toChordPro() {
		return directive.raw();
	}
}
