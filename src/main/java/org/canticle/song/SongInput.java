package org.canticle.song;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a song. */
public record SongInput(@NotBlank @Size(max = 200) String title, @Size(max = 500) String authors,
		@Size(max = 500) String copyright, @Positive @Max(999_999_999) Long ccliNumber,
		@Pattern(regexp = KEY_PATTERN, message = "must be a key such as G, Bb or F#m") String key,
		@Min(20) @Max(400) Integer tempo,
		@Pattern(regexp = "\\d{1,2}/\\d{1,2}",
				message = "must be a time signature such as 4/4 or 6/8") String timeSignature,
		@Size(max = 20) List<@NotBlank @Size(max = 40) String> tags, @NotNull @Size(max = 200_000) String chordpro) {

	public static final String KEY_PATTERN = "[A-Ga-g][#b]?m?";

}
