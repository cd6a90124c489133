package org.canticle.song;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.canticle.chart.Charts;
import org.canticle.chart.ChordsOverWordsImport;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/charts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Charts", description = "Chart conversions for editors")
class ChartApiController {

	@PostMapping(path = "/convert", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Chords-over-words text in, ChordPro out",
			description = "Chord lines above lyric lines become inline chords at their columns; headings such as Verse 1 or [Chorus] become sections; tab blocks stay verbatim. Warnings carry line numbers.")
	ChordsOverWordsImport convert(@Valid @RequestBody ConvertInput input) {
		return Charts.importChordsOverWords(input.text());
	}

}
