package org.canticle.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the text files people bring: a byte order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, UTF-16 is recognised by its zero bytes, then strict UTF-8 is tried. Bytes
 * that are not UTF-8 are decoded as windows-1252, which is what older Windows programs
 * (SongSelect, OpenSong, Word) write, and the import says so in a warning: refusing them
 * would turn away most song files written before UTF-8 was common.
 */
final class TextDecoding {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoding() {
	}

	static String decode(byte[] bytes, List<String> warnings) {
		int n = bytes.length;
		if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return strict(bytes, 3, StandardCharsets.UTF_8, warnings);
		}
		if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE, warnings);
		}
		if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE, warnings);
		}
		if (n >= 4 && n % 2 == 0) {
			int evenZeros = 0;
			int oddZeros = 0;
			int sample = Math.min(n, 512);
			for (int i = 0; i < sample; i++) {
				if (bytes[i] == 0) {
					if (i % 2 == 0) {
						evenZeros++;
					}
					else {
						oddZeros++;
					}
				}
			}
			if (oddZeros > sample / 4 && evenZeros == 0) {
				return strict(bytes, 0, StandardCharsets.UTF_16LE, warnings);
			}
			if (evenZeros > sample / 4 && oddZeros == 0) {
				return strict(bytes, 0, StandardCharsets.UTF_16BE, warnings);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			warnings.add("not valid UTF-8: read as windows-1252 (check accented letters)");
			return new String(bytes, WINDOWS_1252);
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset, List<String> warnings) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRefusedException(
					"the file says it is " + charset.name() + " but is not valid " + charset.name());
		}
	}

}
