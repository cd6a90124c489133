package org.canticle.chart;

/** Put the capo on {@code fret} and play shapes in {@code shapeKey}. */
public record CapoSuggestion(int fret, Key shapeKey) {
}
