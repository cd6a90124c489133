package org.canticle.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.json.JsonMapper;

import org.canticle.chart.ChartFormat;
import org.canticle.chart.Charts;
import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@WithMockUser(username = "leader", roles = "LEADER")
class ImportExportApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@TempDir
	Path folder;

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	MvcTestResult start(MockMultipartFile... files) {
		var request = mvc.post().multipart().uri("/api/import");
		for (MockMultipartFile file : files) {
			request = request.file(file);
		}
		return request.exchange();
	}

	/** Starts an import and waits for its report. */
	@SuppressWarnings("unchecked")
	Map<String, Object> importFiles(MockMultipartFile... files) throws InterruptedException {
		MvcTestResult started = start(files);
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		String location = started.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("/api/import/[0-9a-f-]{36}");
		for (int i = 0; i < 600; i++) {
			MvcTestResult polled = mvc.get().uri(location).exchange();
			assertThat(polled).hasStatusOk();
			Map<String, Object> report = json.readValue(polled.getResponse().getContentAsByteArray(), Map.class);
			if (!List.of("QUEUED", "RUNNING").contains(report.get("status"))) {
				return report;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import did not finish within a minute");
	}

	static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("files", name, "application/octet-stream",
				content.getBytes(StandardCharsets.UTF_8));
	}

	long createSong(String body) {
		MvcTestResult created = mvc.post()
			.uri("/api/songs")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return Long.parseLong(created.getResponse().getHeader(HttpHeaders.LOCATION).replaceAll("\\D", ""));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> song(long id) {
		return json.readValue(mvc.get().uri("/api/songs/{id}", id).exchange().getResponse().getContentAsByteArray(),
				Map.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anImportReportsWhatWasImportedSkippedAsDuplicateAndRefused() throws Exception {
		String title = unique("Come Thou Fount");
		String chordpro = "{title: " + title + "}\n{artist: Robert Robinson}\n[Eb]Come thou fount";
		Map<String, Object> report = importFiles(file("fount.cho", chordpro), file("fount-again.chopro", chordpro),
				file("broken.xml",
						"<?xml version=\"1.0\"?>\n<song xmlns=\"http://openlyrics.info/namespace/2009/song\">\n<lyrics>"));

		assertThat(report.get("status")).isEqualTo("DONE");
		assertThat(report.get("total")).isEqualTo(2);
		assertThat(report.get("done")).isEqualTo(2);
		List<Map<String, Object>> imported = (List<Map<String, Object>>) report.get("imported");
		assertThat(imported).singleElement().satisfies(song -> assertThat(song.get("title")).isEqualTo(title));
		List<Map<String, Object>> skipped = (List<Map<String, Object>>) report.get("skipped");
		assertThat(skipped).singleElement()
			.satisfies(song -> assertThat((String) song.get("reason")).contains("earlier file of this import",
					"same title and authors"));
		List<Map<String, Object>> refused = (List<Map<String, Object>>) report.get("refused");
		assertThat(refused).singleElement().satisfies(refusal -> {
			assertThat(refusal.get("file")).isEqualTo("broken.xml");
			assertThat((String) refusal.get("reason")).startsWith("malformed XML");
			assertThat((Integer) refusal.get("line")).isPositive();
		});
		long id = ((Number) imported.get(0).get("songId")).longValue();
		assertThat(song(id).get("authors")).isEqualTo("Robert Robinson");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSongWithTheCcliNumberOfALibrarySongIsSkipped() throws Exception {
		long ccli = 100_000_000L + (long) (Math.random() * 800_000_000L);
		createSong("{\"title\":\"" + unique("Original") + "\",\"ccliNumber\":" + ccli + ",\"chordpro\":\"[G]x\"}");
		Map<String, Object> report = importFiles(
				file("other.cho", "{title: " + unique("Renamed") + "}\n{ccli: " + ccli + "}\n[G]x"));
		assertThat((List<Object>) report.get("imported")).isEmpty();
		assertThat((List<Map<String, Object>>) report.get("skipped")).singleElement()
			.satisfies(s -> assertThat((String) s.get("reason")).contains("of the library", "same CCLI number"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aChordProExportImportedAgainGivesTheSameSong() throws Exception {
		String title = unique("Round Trip");
		long id = createSong(
				"""
						{"title":"%s","authors":"Jane Doe, John Roe","copyright":"2020 Example Music","ccliNumber":%d,
						 "key":"A","tempo":84,"timeSignature":"6/8","tags":["advent","joy"],
						 "chordpro":"{start_of_verse: Verse 1}\\n[A]Round and [D]round we [E]go\\n{end_of_verse}\\n\\n{start_of_chorus}\\n[F#m]Sing it a[D]gain\\n{end_of_chorus}\\n"}
						"""
					.formatted(title, 200_000_000L + (long) (Math.random() * 700_000_000L)));
		Map<String, Object> original = song(id);
		MvcTestResult exported = mvc.get().uri("/api/songs/{id}/export?format=chordpro", id).exchange();
		assertThat(exported).hasStatusOk();
		assertThat(exported.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".cho");
		byte[] file = exported.getResponse().getContentAsByteArray();
		assertThat(mvc.delete().uri("/api/songs/{id}", id).exchange()).hasStatus(HttpStatus.NO_CONTENT);

		Map<String, Object> report = importFiles(new MockMultipartFile("files", "round-trip.cho", "text/plain", file));
		List<Map<String, Object>> imported = (List<Map<String, Object>>) report.get("imported");
		assertThat(imported).hasSize(1);
		long again = ((Number) imported.get(0).get("songId")).longValue();
		Map<String, Object> copy = song(again);
		for (String field : List.of("title", "authors", "copyright", "ccliNumber", "key", "tempo", "timeSignature",
				"tags")) {
			assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
		}
		assertThat(lyricsAndChords((String) copy.get("chordpro")))
			.isEqualTo(lyricsAndChords((String) original.get("chordpro")));
		byte[] exportedAgain = mvc.get()
			.uri("/api/songs/{id}/export?format=chordpro", again)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exportedAgain, StandardCharsets.UTF_8))
			.isEqualTo(new String(file, StandardCharsets.UTF_8));
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOpenLyricsExportImportedAgainGivesTheSameSong() throws Exception {
		String title = unique("Open Round Trip");
		long id = createSong(
				"""
						{"title":"%s","authors":"Jane Doe","copyright":"Public Domain","ccliNumber":%d,
						 "key":"Bb","tempo":70,"timeSignature":"3/4","tags":["grace"],
						 "chordpro":"{lyricist: Jane Doe}\\n{start_of_verse: Verse 1}\\n[Bb]Open [Eb]lyrics [F7]sing\\nSecond [Gm]line\\n{end_of_verse}\\n\\n{start_of_chorus: Chorus}\\n[Eb]Chorus [Bb/D]line\\n{end_of_chorus}\\n\\n{start_of_verse: Verse 2}\\n[Bb]Verse two\\n{end_of_verse}\\n\\n{chorus: Chorus}\\n"}
						"""
					.formatted(title, 200_000_000L + (long) (Math.random() * 700_000_000L)));
		Map<String, Object> original = song(id);
		MvcTestResult exported = mvc.get().uri("/api/songs/{id}/export?format=openlyrics", id).exchange();
		assertThat(exported).hasStatusOk();
		String xml = exported.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("xmlns=\"http://openlyrics.info/namespace/2009/song\"", "<key>Bb</key>",
				"<tempo type=\"bpm\">70</tempo>", "<verseOrder>v1 c v2 c</verseOrder>", "<chord name=\"Eb\"/>lyrics",
				"<author type=\"words\">Jane Doe</author>", "<theme>grace</theme>");
		mvc.delete().uri("/api/songs/{id}", id).exchange();

		Map<String, Object> report = importFiles(file("song.xml", xml));
		List<Map<String, Object>> imported = (List<Map<String, Object>>) report.get("imported");
		assertThat(imported).hasSize(1);
		Map<String, Object> copy = song(((Number) imported.get(0).get("songId")).longValue());
		for (String field : List.of("title", "authors", "copyright", "ccliNumber", "key", "tempo", "timeSignature",
				"tags")) {
			assertThat(copy.get(field)).as(field).isEqualTo(original.get(field));
		}
		assertThat(lyricsAndChords((String) copy.get("chordpro")))
			.isEqualTo(lyricsAndChords((String) original.get("chordpro")));
	}

	/**
	 * What a singer and a player see: lyrics with chords, section by section, recalls
	 * included.
	 */
	static String lyricsAndChords(String chordpro) {
		return Charts.render(Charts.parse(chordpro), ChartFormat.TEXT)
			.lines()
			.filter(line -> !line.isBlank())
			.filter(line -> !line.matches("(Artist|Composer|Lyricist|Copyright|CCLI|Key|Tempo|Time): .*"))
			.reduce("", (a, b) -> a + b.strip() + "\n")
			.replaceAll("(?m)^.*Round Trip.*\n", "");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOpenLpDatabaseBringsTheWholeLibraryInOneStep() throws Exception {
		String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
		byte[] database = OpenLpReaderTest.openLpDatabase(folder, suffix,
				100_000_000L + (long) (Math.random() * 800_000_000L));
		Map<String, Object> report = importFiles(
				new MockMultipartFile("file", "songs.sqlite", "application/octet-stream", database));
		assertThat((List<Map<String, Object>>) report.get("imported")).extracting(m -> m.get("title"))
			.containsExactly("Joy to the World" + suffix, "Second" + suffix);
	}

	@Test
	void theLibraryExportIsAZipWithAFilePerSongInOneStatement() throws Exception {
		String title = unique("Zipped");
		createSong("{\"title\":\"" + title + "\",\"chordpro\":\"[G]zip\"}");
		MvcTestResult result = mvc.get().uri("/api/export/library?format=openlyrics").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		assertThat(StatementCount.of(result)).isEqualTo(1);
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains(title + ".xml");
	}

	@Test
	void anUnknownExportFormatIsABadRequest() {
		assertThat(mvc.get().uri("/api/export/library?format=docx").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void onlyTheUserWhoStartedAnImportCanReadIt() {
		MvcTestResult started = start(file("x.cho", "{title: " + unique("Mine") + "}\n[G]x"));
		String location = started.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(mvc.get().uri(location).with(user("someone-else").roles("LEADER")).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersCannotImport() {
		assertThat(start(file("x.cho", "[G]x"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aFileOverTheUploadLimitIs413WithAProblem() {
		byte[] big = new byte[33 * 1024 * 1024];
		MvcTestResult result = start(new MockMultipartFile("files", "huge.cho", "text/plain", big));
		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void anImportWithoutFilesIsABadRequest() {
		assertThat(mvc.post().multipart().uri("/api/import").param("x", "y").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

}
