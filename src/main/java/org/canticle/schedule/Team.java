package org.canticle.schedule;

import java.util.List;

/** A team (Band, Vocals, Tech) with its positions in name order. */
public record Team(long id, String name, List<TeamPosition> positions) {
}
