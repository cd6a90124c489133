package org.canticle.song;

import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(roles = "MEMBER")
class SongChartApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SongService songs;

	long id;

	@BeforeEach
	void song() {
		id = songs.create(new SongInput("Amazing <Grace>", "John Newton", null, null, "G", 72, "3/4", null, """
				{title: Amazing <Grace>}
				{key: G}
				{start_of_verse: Verse 1}
				[G]Amazing [G7]grace, how [C]sweet the [G]sound
				That [G]saved a [Em]wretch like [D/F#]me
				{end_of_verse}
				""")).id();
	}

	@Test
	void transposesIntoAFlatKeyWithFlats() {
		MvcTestResult result = chart("key=Bb&format=chordpro");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.key").isEqualTo("Bb");
		assertThat(result).bodyJson().extractingPath("$.originalKey").isEqualTo("G");
		assertThat(result).bodyJson()
			.extractingPath("$.content")
			.asString()
			.contains("{key: Bb}", "[Bb]Amazing [Bb7]grace, how [Eb]sweet", "[Gm]wretch like [F/A]me");
		assertThat(StatementCount.of(result)).isEqualTo(1);
	}

	@Test
	void aCapoShowsTheShapesWhileTheKeyStays() {
		MvcTestResult result = chart("key=A&capo=2&format=text");
		assertThat(result).bodyJson().extractingPath("$.key").isEqualTo("A");
		assertThat(result).bodyJson().extractingPath("$.shapeKey").isEqualTo("G");
		assertThat(result).bodyJson().extractingPath("$.content").asString().contains("Amazing", "D/F#");
	}

	@Test
	void nashvilleNumbersAndLyricsOnly() {
		assertThat(chart("format=nashville")).bodyJson()
			.extractingPath("$.content")
			.asString()
			.contains("[1]Amazing [17]grace, how [4]sweet", "[6m]wretch like [5/7]me");
		assertThat(chart("format=lyrics")).bodyJson()
			.extractingPath("$.content")
			.asString()
			.contains("Amazing grace, how sweet the sound")
			.doesNotContain("[G]");
	}

	@Test
	void htmlEscapesEverything() {
		assertThat(chart("format=html")).bodyJson()
			.extractingPath("$.content")
			.asString()
			.contains("class=\"chord\"")
			.doesNotContain("<Grace>");
	}

	@Test
	void awkwardKeysComeWithCapoSuggestions() {
		assertThat(chart("key=Eb")).bodyJson().extractingPath("$.capoSuggestions[*].fret").asArray().contains(1, 3);
	}

	@Test
	void anUnknownKeyOrFormatIs400() {
		assertThat(chart("key=H")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("key");
		assertThat(chart("format=pdfx")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("format");
		assertThat(chart("capo=12")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theRenderingHasItsOwnETag() {
		String etag = chart("key=D").getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(mvc.get().uri("/api/songs/{id}/chart?key=D", id).header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(mvc.get().uri("/api/songs/{id}/chart?key=E", id).header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatusOk();
	}

	@Test
	@WithMockUser(roles = "LEADER")
	void convertsChordsOverWordsToChordPro() {
		MvcTestResult result = mvc.post().uri("/api/charts/convert").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "Verse 1\\nG       C\\nAmazing grace\\n"}""").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.chordpro").asString().contains("[G]Amazing [C]grace");
	}

	private MvcTestResult chart(String query) {
		return mvc.get().uri("/api/songs/" + id + "/chart?" + query).exchange();
	}

}
