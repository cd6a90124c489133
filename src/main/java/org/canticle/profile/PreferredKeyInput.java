package org.canticle.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.canticle.song.SongInput;

/** The body of {@code PUT /api/profiles/{id}/keys/{songId}}. */
public record PreferredKeyInput(
		@NotBlank @Pattern(regexp = SongInput.KEY_PATTERN, message = "must be a key such as G, Bb or F#m") String key) {
}
