package org.canticle.printing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.canticle.chart.Chart;
import org.canticle.chart.Charts;
import org.canticle.chart.Key;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfChartsTest {

	static final String CHART = """
			{title: Amazing Grace}
			{key: G}
			{start_of_verse: Verse 1}
			[G]Amazing grace, how [C]sweet the [G]sound
			That saved a [Em]wretch like [D]me
			{end_of_verse}
			""";

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	static PdfCharts.SongSheet sheet(String title, Chart chart, String key) {
		return new PdfCharts.SongSheet(title, "John Newton", "Public Domain", 22025L, key, 0, 72, "3/4", chart);
	}

	@Test
	void aChartTransposedToBbPrintsFlatsAsFlatSigns() throws IOException {
		Chart chart = Charts.parse(CHART).transposeTo(Key.parse("Bb"));
		String text = text(PdfCharts.songs(null, List.of(sheet("Amazing Grace", chart, "Bb")), false));
		assertThat(text).contains("Amazing Grace", "Key B♭", "B♭", "E♭", "Gm", "F", "Amazing grace, how", "sweet the",
				"That saved a", "wretch like", "CCLI Song # 22025");
		assertThat(text).doesNotContain("Bb").doesNotContain("Eb");
	}

	@Test
	void sharpsPrintAsSharpSigns() throws IOException {
		Chart chart = Charts.parse(CHART).transposeTo(Key.parse("E"));
		assertThat(text(PdfCharts.songs(null, List.of(sheet("Amazing Grace", chart, "E")), false))).contains("C♯m", "B")
			.doesNotContain("C#m");
	}

	@Test
	void lyricsOnlyLeavesTheChordsOut() throws IOException {
		Chart chart = Charts.parse(CHART);
		String text = text(PdfCharts.songs(null, List.of(sheet("Amazing Grace", chart, "G")), true));
		assertThat(text).contains("Amazing grace, how sweet the sound", "That saved a wretch like me")
			.doesNotContain("Em")
			.doesNotContain("Key");
	}

	@Test
	void aPlanHasACoverPageThenEachSongOnItsOwnPage() throws IOException {
		PdfCharts.Cover cover = new PdfCharts.Cover("Sunday morning", LocalDate.of(2026, 6, 7), "Anna", "Communion",
				List.of("Welcome", "1. Amazing Grace — Bb", "2. Be Thou My Vision — D"));
		byte[] pdf = PdfCharts.songs(cover, List.of(sheet("Amazing Grace", Charts.parse(CHART), "G"),
				sheet("Be Thou My Vision", Charts.parse("[D]Be thou my vision"), "D")), false);
		assertThat(pages(pdf)).isEqualTo(3);
		assertThat(text(pdf)).contains("Sunday morning", "Sunday 7 June 2026", "Anna", "Order of service",
				"1. Amazing Grace — B♭", "Be thou my vision");
	}

}
