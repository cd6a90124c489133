package org.canticle.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.canticle.chart.Chart;
import org.canticle.chart.ChartFormat;
import org.canticle.chart.Charts;
import org.canticle.chart.Key;
import org.canticle.song.RenderedChart;
import org.canticle.song.Song;
import org.canticle.song.SongCharts;
import org.canticle.song.SongService;
import org.canticle.system.Downloads;
import org.canticle.system.NotFoundException;

import org.springframework.stereotype.Service;

/** PDFs of one song, or of a plan's songs in their plan keys. */
@Service
class PrintService {

	private final SongService songs;

	private final SongCharts charts;

	private final PlanSheetRepository plans;

	PrintService(SongService songs, SongCharts charts, PlanSheetRepository plans) {
		this.songs = songs;
		this.charts = charts;
		this.plans = plans;
	}

	record Pdf(String fileName, byte[] content) {
	}

	Pdf song(long id, Optional<Key> key, int capo, boolean lyricsOnly) {
		Song song = songs.get(id);
		RenderedChart rendered = charts.render(song, key, capo, ChartFormat.CHORDPRO);
		PdfCharts.SongSheet sheet = new PdfCharts.SongSheet(song.title(), song.authors(), song.copyright(),
				song.ccliNumber(), rendered.key(), capo, song.tempo(), song.timeSignature(),
				Charts.parse(rendered.content()));
		return new Pdf(Downloads.fileName(song.title(), "pdf"), PdfCharts.songs(null, List.of(sheet), lyricsOnly));
	}

	Pdf plan(long id, boolean lyricsOnly) {
		PlanSheetRepository.PlanRow plan = plans.plan(id).orElseThrow(() -> new NotFoundException("Plan", id));
		List<PlanSheetRepository.ItemRow> items = plans.items(id);
		List<String> order = new ArrayList<>();
		List<PdfCharts.SongSheet> sheets = new ArrayList<>();
		int number = 0;
		for (PlanSheetRepository.ItemRow item : items) {
			if (!"SONG".equals(item.type())) {
				order.add(item.title() + (item.notes().isBlank() ? "" : " — " + item.notes()));
				continue;
			}
			number++;
			int capo = item.capo() == null ? 0 : item.capo();
			order.add(number + ". " + item.title() + (lyricsOnly || item.key() == null ? "" : " — " + item.key())
					+ (lyricsOnly || capo == 0 ? "" : " (capo " + capo + ")")
					+ (item.notes().isBlank() ? "" : " · " + item.notes()));
			sheets.add(sheet(item, capo));
		}
		PdfCharts.Cover cover = new PdfCharts.Cover(plan.title(), plan.date(), plan.leader(), plan.notes(), order);
		return new Pdf(Downloads.fileName(plan.date() + " " + plan.title(), "pdf"),
				PdfCharts.songs(cover, sheets, lyricsOnly));
	}

	/** The chart in the item's resolved key, as capo shapes when the item has a capo. */
	private static PdfCharts.SongSheet sheet(PlanSheetRepository.ItemRow item, int capo) {
		Chart chart = Charts.parse(item.chordpro());
		Optional<Key> original = chart.key().or(() -> Key.tryParse(item.songKey()));
		Optional<Key> target = Key.tryParse(item.key());
		Chart sounding = target.isPresent() && original.isPresent() ? chart.transposeTo(target.get(), original.get())
				: chart;
		Chart played = capo > 0 && capo <= SongCharts.MAX_CAPO ? sounding.withCapo(capo) : sounding;
		String key = target.or(() -> original).map(Key::toString).orElse(null);
		return new PdfCharts.SongSheet(item.title(), item.authors() == null ? "" : item.authors(),
				item.copyright() == null ? "" : item.copyright(), item.ccliNumber(), key, capo, item.tempo(),
				item.timeSignature(), played);
	}

}
