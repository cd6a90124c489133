package org.canticle.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.canticle.chart.Chart;
import org.canticle.chart.Charts;
import org.canticle.chart.DirectiveLine;
import org.canticle.chart.Line;
import org.canticle.chart.LyricLine;
import org.canticle.song.Song;

/**
 * ChordPro files in and out. On import the file is the chart, as written; the song's
 * fields come from its directives. On export the song's fields are written as directives
 * at the top, in place of the ones the chart had there, so that a file exported and
 * imported again gives the same song.
 */
final class ChordProFiles {

	/**
	 * Directives the export writes from the song's fields, and so takes out of the
	 * chart's head.
	 */
	private static final Set<String> HEAD = Set.of("title", "t", "artist", "copyright", "ccli", "key", "tempo", "time",
			"tags", "tag");

	private ChordProFiles() {
	}

	static SongDraft read(String source, String text) {
		String chordpro = text.replace("\r\n", "\n").replace('\r', '\n');
		Chart chart = Charts.parse(chordpro);
		List<String> warnings = new ArrayList<>();
		chart.warnings().forEach(w -> warnings.add(w.toString()));
		List<String> artists = new ArrayList<>();
		List<String> writers = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		for (Line line : chart.lines()) {
			if (line instanceof DirectiveLine d) {
				String value = d.directive().text();
				switch (d.directive().name()) {
					case "artist" -> artists.addAll(Metadata.splitAuthors(value));
					case "lyricist", "composer", "arranger" -> writers.addAll(Metadata.splitAuthors(value));
					case "tags", "tag", "keywords" -> tags.addAll(Arrays.asList(value.split(",")));
					case "meta" -> {
						String[] nameValue = value.split("\\s+", 2);
						if (nameValue.length == 2
								&& Set.of("tags", "tag", "keywords", "themes").contains(nameValue[0])) {
							tags.addAll(Arrays.asList(nameValue[1].split(",")));
						}
					}
					default -> {
					}
				}
			}
		}
		String title = chart.title();
		if (title.isBlank()) {
			title = Metadata.baseName(source);
			warnings.add("no {title}: named after the file");
		}
		String authors = Metadata.joinAuthors(artists.isEmpty() ? writers : artists);
		return new SongDraft(source, title, authors, chart.meta("copyright").orElse(""),
				Metadata.ccli(chart.meta("ccli").orElse(null)), Metadata.key(chart.meta("key").orElse(null), warnings),
				Metadata.tempo(chart.meta("tempo").orElse(null), warnings),
				Metadata.time(chart.meta("time").orElse(null), warnings), Metadata.tags(tags, warnings), chordpro,
				warnings);
	}

	static String write(Song song) {
		Chart chart = Charts.parse(song.chordpro());
		String key = chart.key().map(Object::toString).orElse(song.key());
		ChartText head = new ChartText().directive("title", song.title())
			.directive("artist", song.authors())
			.directive("copyright", song.copyright())
			.directive("ccli", song.ccliNumber() == null ? null : song.ccliNumber().toString())
			.directive("key", key)
			.directive("tempo", song.tempo() == null ? null : song.tempo().toString())
			.directive("time", song.timeSignature())
			.directive("meta", song.tags().isEmpty() ? null : "tags " + String.join(", ", song.tags()));
		List<String> body = new ArrayList<>();
		boolean inHead = true;
		for (Line line : chart.lines()) {
			if (inHead && line instanceof DirectiveLine d) {
				boolean tagsMeta = d.directive().name().equals("meta") && d.directive().text().startsWith("tags ");
				if (HEAD.contains(d.directive().name()) || tagsMeta) {
					continue;
				}
				if (d.directive().startsSection()) {
					inHead = false;
				}
			}
			else if (inHead && line instanceof LyricLine lyric) {
				if (lyric.blank() && body.isEmpty()) {
					continue;
				}
				inHead = lyric.blank();
			}
			body.add(line.toChordPro());
		}
		return head.line("").lines(body).text();
	}

}
