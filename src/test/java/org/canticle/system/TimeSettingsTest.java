package org.canticle.system;

import java.time.Clock;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeSettingsTest {

	@Test
	void withoutASettingTheZoneIsTheJvms() {
		assertThat(new TimeSettings(null).timeZone()).isEqualTo(ZoneId.systemDefault());
	}

	@Test
	void theApplicationClockRunsInTheConfiguredZone() {
		Clock clock = new TimeConfig().clock(new TimeSettings(ZoneId.of("America/Chicago")));

		assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
	}

}
