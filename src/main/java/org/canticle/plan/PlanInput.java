package org.canticle.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create a plan or replace its own fields (items change through
 * the item endpoints).
 */
public record PlanInput(@NotNull LocalDate date, @NotBlank @Size(max = 200) String title, Long leaderId,
		@Size(max = 4000) String notes) {
}
