package org.canticle.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockoutTest {

	static Blockout blockout(String from, String to, String until) {
		return new Blockout(1, 1, "Ann", LocalDate.parse(from), LocalDate.parse(to),
				until == null ? null : LocalDate.parse(until), "");
	}

	@Test
	void aSingleDayCoversThatDayOnly() {
		Blockout day = blockout("2031-12-07", "2031-12-07", null);

		assertThat(day.covers(LocalDate.parse("2031-12-07"))).isTrue();
		assertThat(day.covers(LocalDate.parse("2031-12-06"))).isFalse();
		assertThat(day.covers(LocalDate.parse("2031-12-08"))).isFalse();
		assertThat(day.covers(LocalDate.parse("2031-12-14"))).isFalse();
	}

	@Test
	void aRangeCoversItsFirstAndLastDay() {
		Blockout holiday = blockout("2031-12-20", "2032-01-03", null);

		assertThat(holiday.covers(LocalDate.parse("2031-12-20"))).isTrue();
		assertThat(holiday.covers(LocalDate.parse("2031-12-28"))).isTrue();
		assertThat(holiday.covers(LocalDate.parse("2032-01-03"))).isTrue();
		assertThat(holiday.covers(LocalDate.parse("2032-01-04"))).isFalse();
		assertThat(holiday.covers(LocalDate.parse("2031-12-19"))).isFalse();
	}

	@Test
	void aWeeklyRepeatCoversTheSameWeekdaysUntilItsLastRepetition() {
		// every Sunday from 7 December until 28 December
		Blockout sundays = blockout("2031-12-07", "2031-12-07", "2031-12-28");

		assertThat(sundays.covers(LocalDate.parse("2031-12-07"))).isTrue();
		assertThat(sundays.covers(LocalDate.parse("2031-12-14"))).isTrue();
		assertThat(sundays.covers(LocalDate.parse("2031-12-28"))).isTrue();
		assertThat(sundays.covers(LocalDate.parse("2031-12-13"))).isFalse();
		assertThat(sundays.covers(LocalDate.parse("2031-12-15"))).isFalse();
		assertThat(sundays.covers(LocalDate.parse("2032-01-04"))).isFalse();
	}

	@Test
	void aRepeatedWeekendCoversEachWeekend() {
		// Saturday and Sunday, every week until 20 December
		Blockout weekends = blockout("2031-12-06", "2031-12-07", "2031-12-20");

		assertThat(weekends.covers(LocalDate.parse("2031-12-13"))).isTrue();
		assertThat(weekends.covers(LocalDate.parse("2031-12-14"))).isTrue();
		assertThat(weekends.covers(LocalDate.parse("2031-12-21"))).isTrue();
		assertThat(weekends.covers(LocalDate.parse("2031-12-12"))).isFalse();
		assertThat(weekends.covers(LocalDate.parse("2031-12-27"))).isFalse();
	}

}
