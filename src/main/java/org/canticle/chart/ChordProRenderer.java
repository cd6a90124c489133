package org.canticle.chart;

/**
 * Back to ChordPro. A parsed chart renders to its input with line endings normalised to
 * \n.
 */
final class ChordProRenderer {

	private ChordProRenderer() {
	}

	static String render(Chart chart) {
		StringBuilder sb = new StringBuilder(chart.lines().size() * 40);
		boolean first = true;
		for (Line line : chart.lines()) {
			if (!first) {
				sb.append('\n');
			}
			first = false;
			sb.append(line.toChordPro());
		}
		if (chart.endsWithNewline() && !chart.lines().isEmpty()) {
			sb.append('\n');
		}
		return sb.toString();
	}

}
