package org.canticle.plan;

import org.canticle.song.Song;
import org.canticle.song.SongChartView;

/**
 * One song of a plan's charts view: the plan's item, the song in its key, and the chart
 * to print.
 */
public record PlanChart(PlanSong item, Song song, SongChartView view) {
}
