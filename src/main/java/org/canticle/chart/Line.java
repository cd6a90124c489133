package org.canticle.chart;

/**
 * One source line of a chart; {@link #toChordPro()} gives back exactly the text it was
 * parsed from.
 */
public sealed interface Line permits LyricLine, DirectiveLine, VerbatimLine {

	String toChordPro();

}
