package org.canticle.plan;

import org.canticle.system.PreconditionRequiredException;
import org.canticle.system.StaleVersionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanETagsTest {

	@Test
	void readsThePlanVersionOutOfItsETag() {
		String etag = new PlanState(7, 3, 42).etag(PlanState.PLAN, 12);
		assertThat(etag).isEqualTo("\"plan-12-v7-l3-s42\"");
		assertThat(PlanETags.expectedVersion(etag, 12, true)).isEqualTo(7);
		assertThat(PlanETags.expectedVersion("\"other\", " + etag, 12, true)).isEqualTo(7);
	}

	@Test
	void aStarMeansAnyVersionAndAMissingHeaderDependsOnTheEndpoint() {
		assertThat(PlanETags.expectedVersion("*", 12, true)).isNull();
		assertThat(PlanETags.expectedVersion(null, 12, false)).isNull();
		assertThatThrownBy(() -> PlanETags.expectedVersion(null, 12, true))
			.isInstanceOf(PreconditionRequiredException.class);
	}

	@Test
	void anotherPlansOrAMangledTagIsStale() {
		assertThatThrownBy(() -> PlanETags.expectedVersion("\"plan-13-v7-lx-s0\"", 12, false))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> PlanETags.expectedVersion("\"plan-12-vx\"", 12, false))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> PlanETags.expectedVersion("\"plan-songs-12-v7-lx-s0\"", 12, false))
			.isInstanceOf(StaleVersionException.class);
	}

}
