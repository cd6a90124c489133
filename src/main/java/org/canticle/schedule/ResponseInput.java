package org.canticle.schedule;

import jakarta.validation.constraints.Size;

/** An answer to a request: ACCEPTED or DECLINED, a decline with an optional reason. */
public record ResponseInput(AssignmentStatus answer, @Size(max = 500) String reason) {
}
