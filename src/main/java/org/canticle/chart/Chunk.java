package org.canticle.chart;

/**
 * A chord (or null when there is none) and the lyric text that follows it up to the next
 * chord.
 */
public record Chunk(String chord, String lyric) {
	public Chunk {
		lyric = lyric == null ? "" : lyric;
	}

	public boolean hasChord() {
		return chord != null;
	}

	public Chunk withChord(String newChord) {
		return new Chunk(newChord, lyric);
	}

	String toChordPro() {
		return chord == null ? lyric : "[" + chord + "]" + lyric;
	}
}
