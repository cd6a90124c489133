package org.canticle.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatsTest {

	@Test
	void csvCellsThatASpreadsheetWouldRunArePrefixedWithAQuote() {
		String csv = new CsvWriter()
			.row(Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "plain", 42L, null))
			.text();
		assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),plain,42,\r\n");
	}

	@Test
	void csvQuotesCommasQuotesAndLineBreaks() {
		assertThat(new CsvWriter().row(List.of("a, b", "say \"hi\"", "two\nlines")).text())
			.isEqualTo("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void icalendarEscapesCommasSemicolonsBackslashesAndNewlines() {
		String ics = new ICalendar().text("SUMMARY", "Morning; praise, and \\ more\nnext").build();
		assertThat(ics).isEqualTo("SUMMARY:Morning\\; praise\\, and \\\\ more\\nnext\r\n");
	}

	@Test
	void icalendarFoldsLinesAt75OctetsWithoutSplittingACharacter() {
		String value = "é".repeat(100);
		String ics = new ICalendar().text("DESCRIPTION", value)
			.date("DTSTART", LocalDate.of(2026, 6, 7))
			.stamp("DTSTAMP", Instant.parse("2026-06-01T10:00:00Z"))
			.build();
		String[] lines = ics.split("\r\n", -1);
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(lines[1]).startsWith(" ");
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).startsWith("DESCRIPTION:" + value + "\r\n")
			.contains("DTSTART;VALUE=DATE:20260607\r\n", "DTSTAMP:20260601T100000Z\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

}
