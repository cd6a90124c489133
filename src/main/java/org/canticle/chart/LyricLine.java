package org.canticle.chart;

import java.util.List;

/**
 * Lyrics with inline chords. An empty line has no chunks; a line of chords with only
 * spaces between is chords-only.
 */
public record LyricLine(List<Chunk> chunks) implements Line {
	public LyricLine {
		chunks = List.copyOf(chunks);
	}

	public boolean hasChords() {
		for (Chunk chunk : chunks) {
			if (chunk.hasChord()) {
				return true;
			}
		}
		return false;
	}

	public String lyrics() {
		StringBuilder sb = new StringBuilder();
		for (Chunk chunk : chunks) {
			sb.append(chunk.lyric());
		}
		return sb.toString();
	}

	public boolean chordsOnly() {
		return hasChords() && lyrics().isBlank();
	}

	public boolean blank() {
		return !hasChords() && lyrics().isBlank();
	}

	@Override
	public String toChordPro() {
		StringBuilder sb = new StringBuilder();
		for (Chunk chunk : chunks) {
			sb.append(chunk.toChordPro());
		}
		return sb.toString();
	}
}
