package org.canticle.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.canticle.song.SongInput;

/**
 * The new editable fields of an item, replacing the old ones: a song's key (null: back to
 * the default), capo and notes; a header's title and notes.
 */
public record ItemChange(@Size(max = 200) String title,
		@Pattern(regexp = SongInput.KEY_PATTERN, message = "must be a key such as G, Bb or F#m") String key,
		@Min(0) @Max(11) Integer capo, @Size(max = 2000) String notes) {
}
