package org.canticle.demo;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.canticle.song.SongInput;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@ParameterizedTest
	@FieldSource("org.canticle.demo.DemoData#HYMNS")
	void eachHymnIsAValidPublicDomainSongWithSectionsAndChords(String hymn) {
		SongInput song = DemoData.hymn(hymn);
		assertThat(validator.validate(song)).isEmpty();
		assertThat(song.title()).isNotBlank();
		assertThat(song.authors()).isNotBlank();
		assertThat(song.copyright()).isEqualTo("Public domain");
		assertThat(song.key()).isNotNull();
		assertThat(song.tempo()).isNotNull();
		assertThat(song.timeSignature()).isNotNull();
		assertThat(song.tags()).contains("hymn");
		assertThat(song.chordpro()).contains("{start_of_verse", "{end_of_verse}").containsPattern("\\[[A-G][#b]?m?7?]");
		assertThat(song.chordpro().split("\\{start_of_verse", -1)).as("verses").hasSizeGreaterThan(3);
	}

}
