package org.canticle.chart;

import java.util.List;

/**
 * A run of lines: a ChordPro section (kind "verse", "chorus", "bridge", "tab", "grid" or
 * any custom start_of_x), or, with kind "", the lines that stand outside every section.
 * Start and end directives are not in {@code lines}.
 */
public record Section(String kind, String label, List<Line> lines) {
	public Section {
		label = label == null ? "" : label;
		lines = List.copyOf(lines);
	}

	public boolean explicit() {
		return !kind.isEmpty();
	}

	/** Tab, grid and similar blocks whose lines are shown as written. */
	public boolean verbatim() {
		return ChordProParser.isVerbatimKind(kind);
	}
}
