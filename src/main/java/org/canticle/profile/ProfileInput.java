package org.canticle.profile;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create or replace a profile. Instruments are stored as one
 * comma-separated column, hence no commas inside a name.
 */
public record ProfileInput(@NotBlank @Size(max = 120) String name,
		@Size(max = 254) @Email(regexp = ".+@[^@]+\\.[^@]+",
				message = "must be an email address such as ruth@example.org") String email,
		@Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,\\r\\n]*",
				message = "must not contain commas or line breaks") String> instruments,
		@Size(max = 4000) String notes) {
}
