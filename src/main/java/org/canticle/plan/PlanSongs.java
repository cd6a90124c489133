package org.canticle.plan;

import java.util.List;

import org.canticle.song.SongCharts;

import org.springframework.stereotype.Component;

/**
 * Turns the rows of a plan's songs into what the music stand shows: each song's key
 * resolved and its chart put into that key. Transposition happens in exactly one place,
 * {@link #chartIn}.
 */
@Component
class PlanSongs {

	private final SongCharts charts;

	PlanSongs(SongCharts charts) {
		this.charts = charts;
	}

	PlanSongList assemble(PlanRepository.SongsRead read) {
		List<PlanSong> songs = read.rows().stream().map(this::song).toList();
		return new PlanSongList(read.planId(), read.date(), read.title(), read.leaderId(), read.leaderName(),
				read.state().version(), songs);
	}

	private PlanSong song(PlanRepository.SongRow row) {
		ResolvedKey key = ResolvedKey.resolve(row.itemKey(), row.leaderKey(), row.songKey());
		return new PlanSong(row.itemId(), row.position(), row.songId(), row.title(), row.authors(), row.copyright(),
				row.ccliNumber(), row.songKey(), key.key(), key.source(), row.capo(), row.tempo(), row.timeSignature(),
				row.tags(), row.notes(), row.archived(), chartIn(row.chordpro(), row.songKey(), key.key()));
	}

	/**
	 * The song's ChordPro, written in {@code originalKey}, as it is to be played in
	 * {@code key}.
	 */
	String chartIn(String chordpro, String originalKey, String key) {
		return charts.chordproIn(chordpro, originalKey, key);
	}

}
