package org.canticle.song;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Chords-over-words text, as pasted from the web. */
record ConvertInput(@NotNull @Size(max = 200_000) String text) {
}
