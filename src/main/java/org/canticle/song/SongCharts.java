package org.canticle.song;

import java.util.List;
import java.util.Optional;

import org.canticle.chart.CapoSuggestion;
import org.canticle.chart.Chart;
import org.canticle.chart.ChartFormat;
import org.canticle.chart.Charts;
import org.canticle.chart.Key;
import org.canticle.system.BadRequestException;

import org.springframework.stereotype.Component;

/**
 * Renders a song's chart in the key, capo and format a musician asks for: the one place
 * that does it.
 */
@Component
public class SongCharts {

	public static final int MAX_CAPO = 11;

	/**
	 * @param target the key to play in, or empty for the chart's own key
	 * @throws BadRequestException when a key is asked of a song that has none to
	 * transpose from
	 */
	public RenderedChart render(Song song, Optional<Key> target, int capo, ChartFormat format) {
		return render(song, target, capo, format, false);
	}

	/**
	 * The chart as HTML for reading on a page: chords as letters (the shapes to play,
	 * with a capo) or, with {@code numbers}, as Nashville numbers, which are the same in
	 * every key and with every capo.
	 */
	public RenderedChart renderHtml(Song song, Optional<Key> target, int capo, boolean numbers) {
		return render(song, target, capo, ChartFormat.HTML, numbers);
	}

	private RenderedChart render(Song song, Optional<Key> target, int capo, ChartFormat format, boolean htmlNumbers) {
		if (capo < 0 || capo > MAX_CAPO) {
			throw new BadRequestException("capo", "must be between 0 and " + MAX_CAPO);
		}
		Chart chart = Charts.parse(song.chordpro());
		Optional<Key> original = chart.key().or(() -> Key.tryParse(song.key()));
		boolean numbers = format == ChartFormat.NASHVILLE || htmlNumbers;
		if ((target.isPresent() || numbers) && original.isEmpty()) {
			throw new BadRequestException("key", "this song has no key to start from; give the song a key first");
		}
		Chart sounding = target.map(key -> chart.transposeTo(key, original.get())).orElse(chart);
		Optional<Key> soundingKey = target.or(() -> original);
		Chart played = capo > 0 ? sounding.withCapo(capo) : sounding;
		// numbers are the same in every key and with every capo: they come from the
		// sounding chart
		String content = numbers
				? Charts.render(sounding.toNashville(soundingKey.get()),
						format == ChartFormat.NASHVILLE ? ChartFormat.CHORDPRO : format)
				: Charts.render(played, format);
		List<CapoSuggestion> suggestions = soundingKey.map(Charts::capoSuggestions).orElse(List.of());
		return new RenderedChart(song.id(), song.title(), soundingKey.map(Key::toString).orElse(null),
				original.map(Key::toString).orElse(null), capo,
				soundingKey.map(key -> key.transpose(-capo).toString()).orElse(null), format.name().toLowerCase(),
				content, chart.warnings(), suggestions);
	}

	/**
	 * A chart transposed into {@code key} as ChordPro; the chart as stored when there is
	 * no key to go to, or none to start from (neither a {key:} directive nor the song's
	 * key).
	 */
	public String chordproIn(String chordpro, String songKey, String key) {
		Optional<Key> target = Key.tryParse(key);
		if (target.isEmpty()) {
			return chordpro;
		}
		Chart chart = Charts.parse(chordpro);
		Optional<Key> original = chart.key().or(() -> Key.tryParse(songKey));
		if (original.isEmpty() || original.equals(target)) {
			return chordpro;
		}
		return Charts.render(chart.transposeTo(target.get(), original.get()), ChartFormat.CHORDPRO);
	}

}
