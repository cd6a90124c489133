package org.canticle.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.canticle.song.SongInput;

/**
 * A new plan item: a song ({@code songId}, optional {@code key}, {@code capo}) or a
 * header ({@code title}); both may have notes. Without a {@code position} it goes at the
 * end.
 */
public record ItemInput(@NotNull ItemType type, Long songId, @Size(max = 200) String title,
		@Pattern(regexp = SongInput.KEY_PATTERN, message = "must be a key such as G, Bb or F#m") String key,
		@Min(0) @Max(11) Integer capo, @Size(max = 2000) String notes, @Min(0) Integer position) {
}
