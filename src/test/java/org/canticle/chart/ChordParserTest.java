package org.canticle.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChordParserTest {

	@ParameterizedTest
	@CsvSource({ "C,C,'',", "Am,A,m,", "F#m7b5,F#,m7b5,", "Bbmaj7,Bb,maj7,", "Ebdim,Eb,dim,", "Gaug,G,aug,",
			"Dsus2,D,sus2,", "Asus4,A,sus4,", "Cadd9,C,add9,", "E7#9,E,7#9,", "C6/9,C,6/9,", "A13,A,13,",
			"Cm(maj7),C,m(maj7),", "C/E,C,'',E", "D/F#,D,'',F#", "Ab/C,Ab,'',C", "Gm7/Bb,G,m7,Bb", "C#m,C#,m,",
			"Db,Db,'',", "G+,G,+,", "Bø,B,ø,", "C°7,C,°7,", "Emaj9/G#,E,maj9,G#" })
	void readsRootQualityAndBass(String text, String root, String suffix, String bass) {
		Chord chord = ChordParser.parseChord(text).orElseThrow();
		assertThat(chord.root().toString()).isEqualTo(root);
		assertThat(chord.suffix()).isEqualTo(suffix);
		assertThat(chord.bass() == null ? null : chord.bass().toString()).isEqualTo(bass);
		assertThat(chord.toString()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "N.C.", "x", "%", "Hello", "H7", "c", "", "Go", "G/H", "*Riff", "Am7 and" })
	void nonChordsAreNotChords(String text) {
		assertThat(ChordParser.parseChord(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "N.C.", "x", "%" })
	void knownNonChordsAreRecognisedWithoutBeingChords(String text) {
		assertThat(ChordParser.isNonChord(text)).isTrue();
		assertThat(ChordParser.isRecognised(text)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "1,0,1,'',0", "4/6,0,4,'',6", "6m7,0,6,m7,0", "b7,-1,7,'',0", "#4m7b5,1,4,m7b5,0", "5/7,0,5,'',7" })
	void readsNashvilleNumbers(String text, int accidental, int degree, String suffix, int bass) {
		NumberChord number = ChordParser.parseNumber(text).orElseThrow();
		assertThat(number.accidental()).isEqualTo(accidental);
		assertThat(number.degree()).isEqualTo(degree);
		assertThat(number.suffix()).isEqualTo(suffix);
		assertThat(number.bassDegree()).isEqualTo(bass);
		assertThat(number.toString()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8", "0", "C", "b", "1x" })
	void rejectsWhatIsNotANumber(String text) {
		assertThat(ChordParser.parseNumber(text)).isEmpty();
	}

}
