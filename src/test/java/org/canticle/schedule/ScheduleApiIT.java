package org.canticle.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.canticle.support.IntegrationTest;
import org.canticle.support.StatementCount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canticle.schedule.ScheduleFixtures.member;
import static org.canticle.schedule.ScheduleFixtures.unique;

/**
 * Scheduling through the API: teams and positions, plan times, who is asked, conflicts
 * that need confirming, answers, the matrix, statement counts, and the history of who
 * served outliving a deleted profile. Dates are in 2032-2033, away from other tests.
 */
@IntegrationTest
@WithMockUser(roles = "LEADER")
class ScheduleApiIT {

	@Autowired
	MockMvcTester mvc;

	ScheduleFixtures f() {
		return new ScheduleFixtures(mvc);
	}

	@Test
	void teamsHavePositionsThatProfilesPlay() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long drums = f.position(band, "Drums");
		long ann = f.profile("Ann " + unique(), null);

		MvcTestResult set = mvc.put()
			.uri("/api/profiles/{id}/positions", ann)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"positionIds\": [%d, %d]}".formatted(keys, drums))
			.exchange();

		assertThat(set).hasStatusOk();
		assertThat(set).bodyJson().extractingPath("$.positionIds").asArray().hasSize(2);
		MvcTestResult teams = mvc.get().uri("/api/teams").exchange();
		assertThat(teams).bodyText().contains("\"positions\"", "\"Keys\"", "\"Drums\"");
		assertThat(teams).bodyJson()
			.extractingPath("$[?(@.id == %d)].positions[?(@.name == 'Keys')].players[0].profileId".formatted(band))
			.asArray()
			.containsExactly((int) ann);
	}

	@Test
	void badTeamInputIsAProblemWithTheField() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long ann = f.profile("Ann " + unique(), null);

		MvcTestResult blank = f.post("/api/teams", "{\"name\": \"  \"}");
		MvcTestResult unknown = mvc.put()
			.uri("/api/profiles/{id}/positions", ann)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"positionIds\": [999999999]}")
			.exchange();

		assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(blank).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("positionIds");
		assertThat(f.post("/api/teams/" + band + "/positions", "{\"name\": \"Keys\"}")).hasStatus(HttpStatus.CREATED);
		assertThat(f.post("/api/teams/" + band + "/positions", "{\"name\": \"keys\"}")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void planTimesAreInstantsReadInTheTeamsZone() {
		ScheduleFixtures f = f();
		long plan = f.plan("2032-03-07", null);

		f.time(plan, "SERVICE", "2032-03-07T09:00", "2032-03-07T10:30");
		f.time(plan, "REHEARSAL", "2032-03-04T19:30:00Z", null);

		String expected = LocalDateTime.parse("2032-03-07T09:00")
			.atZone(ZoneId.systemDefault())
			.toInstant()
			.toString()
			.replace("Z", "");
		MvcTestResult schedule = mvc.get().uri("/api/plans/{id}/schedule", plan).exchange();
		assertThat(schedule).hasStatusOk();
		assertThat(schedule).bodyJson().extractingPath("$.times[0].kind").isEqualTo("REHEARSAL");
		assertThat(schedule).bodyJson().extractingPath("$.times[0].startsAt").asString().startsWith("2032-03-04T19:30");
		assertThat(schedule).bodyJson().extractingPath("$.times[1].startsAt").asString().startsWith(expected);
	}

	@Test
	void aTimeThatEndsBeforeItStartsIsRefusedAndNothingIsAdded() {
		ScheduleFixtures f = f();
		long plan = f.plan("2032-03-14", null);

		MvcTestResult bad = f.post("/api/plans/" + plan + "/times",
				"{\"kind\": \"SERVICE\", \"startsAt\": \"2032-03-14T11:00\", \"endsAt\": \"2032-03-14T10:00\"}");
		MvcTestResult garbled = f.post("/api/plans/" + plan + "/times",
				"{\"kind\": \"SERVICE\", \"startsAt\": \"Sunday morning\"}");

		assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(bad).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsAt");
		assertThat(garbled).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(garbled).bodyJson().extractingPath("$.errors[0].field").isEqualTo("startsAt");
		assertThat(mvc.get().uri("/api/plans/{id}/schedule", plan).exchange()).bodyJson()
			.extractingPath("$.times")
			.asArray()
			.isEmpty();
	}

	@Test
	void anAssignmentNeedsAPositionThePlanNeedsAndAKnownProfile() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long drums = f.position(band, "Drums");
		long plan = f.plan("2032-03-21", null);
		f.need(plan, keys, 1);
		long ann = f.profile("Ann " + unique(), null);

		MvcTestResult notNeeded = f.assign(plan, drums, ann, false);
		MvcTestResult nobody = f.assign(plan, keys, 999999999, false);

		assertThat(notNeeded).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(notNeeded).bodyJson().extractingPath("$.errors[0].field").isEqualTo("positionId");
		assertThat(nobody).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(nobody).bodyJson().extractingPath("$.errors[0].field").isEqualTo("profileId");
		assertThat(mvc.get().uri("/api/plans/{id}/schedule", plan).exchange()).bodyJson()
			.extractingPath("$.assignments")
			.asArray()
			.isEmpty();
	}

	@Test
	void doubleBookingAtTheSameTimeNeedsConfirmation() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long first = f.plan("2032-04-04", null);
		long second = f.plan("2032-04-04", null);
		long later = f.plan("2032-04-04", null);
		f.time(first, "SERVICE", "2032-04-04T09:00", "2032-04-04T10:30");
		f.time(second, "SERVICE", "2032-04-04T10:00", "2032-04-04T11:30");
		f.time(later, "SERVICE", "2032-04-04T18:00", "2032-04-04T19:00");
		for (long plan : new long[] { first, second, later }) {
			f.need(plan, keys, 1);
		}
		long ann = f.profile("Ann " + unique(), null);
		f.assigned(first, keys, ann);

		MvcTestResult clash = f.assign(second, keys, ann, false);
		MvcTestResult evening = f.assign(later, keys, ann, false);

		assertThat(clash).hasStatus(HttpStatus.CONFLICT);
		assertThat(clash).bodyJson().extractingPath("$.warnings[0].kind").isEqualTo("DOUBLE_BOOKED");
		assertThat(mvc.get().uri("/api/plans/{id}/schedule", second).exchange()).bodyJson()
			.extractingPath("$.assignments")
			.asArray()
			.isEmpty();
		assertThat(evening).as("an evening service does not clash with the morning").hasStatus(HttpStatus.CREATED);
		assertThat(f.assign(second, keys, ann, true)).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void schedulingSomeoneOnABlockoutDateNeedsConfirmation() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long plan = f.plan("2032-04-11", null);
		f.need(plan, keys, 1);
		long ann = f.profile("Ann " + unique(), null);
		MvcTestResult blockout = mvc.post()
			.uri("/api/me/blockouts")
			.with(member(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\": \"2032-03-28\", \"repeatUntil\": \"2032-05-30\", \"reason\": \"Sundays away\"}")
			.exchange();
		assertThat(blockout).hasStatus(HttpStatus.CREATED);

		MvcTestResult warned = f.assign(plan, keys, ann, false);

		assertThat(warned).hasStatus(HttpStatus.CONFLICT);
		assertThat(warned).bodyJson().extractingPath("$.warnings[0].kind").isEqualTo("BLOCKED_OUT");
		assertThat(warned).bodyJson().extractingPath("$.warnings[0].message").asString().contains("Sundays away");
		assertThat(f.assign(plan, keys, ann, true)).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void badBlockoutsAreProblemsWithTheField() {
		long ann = f().profile("Ann " + unique(), null);

		MvcTestResult backwards = mvc.post()
			.uri("/api/me/blockouts")
			.with(member(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\": \"2032-05-10\", \"endsOn\": \"2032-05-01\"}")
			.exchange();
		MvcTestResult longRepeat = mvc.post()
			.uri("/api/me/blockouts")
			.with(member(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\": \"2032-05-01\", \"endsOn\": \"2032-05-20\", \"repeatUntil\": \"2032-08-01\"}")
			.exchange();

		assertThat(backwards).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(backwards).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsOn");
		assertThat(longRepeat).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(longRepeat).bodyJson().extractingPath("$.errors[0].field").isEqualTo("repeatUntil");
		assertThat(mvc.get().uri("/api/me/blockouts").with(member(ann)).exchange()).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
	}

	@Test
	void membersAnswerTheirOwnRequestsOnly() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long plan = f.plan("2032-04-18", null);
		f.need(plan, keys, 2);
		long ann = f.profile("Ann " + unique(), null);
		long bob = f.profile("Bob " + unique(), null);
		long annsRequest = f.assigned(plan, keys, ann);
		long bobsRequest = f.assigned(plan, keys, bob);

		MvcTestResult own = mvc.post()
			.uri("/api/assignments/{id}/response", annsRequest)
			.with(member(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"ACCEPTED\"}")
			.exchange();
		MvcTestResult others = mvc.post()
			.uri("/api/assignments/{id}/response", bobsRequest)
			.with(member(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"DECLINED\"}")
			.exchange();

		assertThat(own).hasStatusOk();
		assertThat(own).bodyJson().extractingPath("$.status").isEqualTo("ACCEPTED");
		assertThat(others).hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult schedule = mvc.get().uri("/api/plans/{id}/schedule", plan).exchange();
		assertThat(schedule).bodyJson()
			.extractingPath("$.assignments[?(@.profileId == %d)].status".formatted(bob))
			.asArray()
			.containsExactly("PENDING");
		assertThat(mvc.get().uri("/api/me/schedule").with(member(ann)).exchange()).bodyJson()
			.extractingPath("$.items[0].assignment.status")
			.isEqualTo("ACCEPTED");
	}

	@Test
	void thePickerShowsWhoIsFreeBlockedOutOrBusyAndWhenTheyLastServed() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long earlier = f.plan("2032-05-02", null);
		long plan = f.plan("2032-05-09", null);
		long other = f.plan("2032-05-09", null);
		f.need(earlier, keys, 1);
		f.need(plan, keys, 1);
		f.need(other, keys, 1);
		long free = f.profile("Free " + unique(), null);
		long away = f.profile("Away " + unique(), null);
		long busy = f.profile("Busy " + unique(), null);
		mvc.put()
			.uri("/api/profiles/{id}/positions", free)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"positionIds\": [%d]}".formatted(keys))
			.exchange();
		long served = f.assigned(earlier, keys, free);
		mvc.post()
			.uri("/api/assignments/{id}/response", served)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"ACCEPTED\"}")
			.exchange();
		mvc.post()
			.uri("/api/me/blockouts")
			.with(member(away))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"startsOn\": \"2032-05-09\", \"reason\": \"wedding\"}")
			.exchange();
		f.assigned(other, keys, busy);

		MvcTestResult picker = mvc.get().uri("/api/plans/{id}/candidates?positionId={p}", plan, keys).exchange();

		assertThat(picker).hasStatusOk();
		assertThat(picker).bodyJson().extractingPath("$.candidates[0].profileId").isEqualTo((int) free);
		assertThat(picker).bodyJson().extractingPath("$.candidates[0].playsPosition").isEqualTo(true);
		assertThat(picker).bodyJson().extractingPath("$.candidates[0].lastServed").isEqualTo("2032-05-02");
		assertThat(picker).bodyJson()
			.extractingPath("$.candidates[?(@.profileId == %d)].availability".formatted(away))
			.asArray()
			.containsExactly("BLOCKED_OUT");
		assertThat(picker).bodyJson()
			.extractingPath("$.candidates[?(@.profileId == %d)].blockout".formatted(away))
			.asArray()
			.singleElement()
			.asString()
			.contains("wedding");
		assertThat(picker).bodyJson()
			.extractingPath("$.candidates[?(@.profileId == %d)].availability".formatted(busy))
			.asArray()
			.containsExactly("SCHEDULED");
		assertThat(mvc.get().uri("/api/plans/{id}/candidates?positionId={p}", plan, keys).with(member(free)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void thePlanTheMatrixAndMyScheduleReadInTheSameStatementsFor2Or40Assignments() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long small = f.plan("2033-01-09", null);
		long big = f.plan("2033-01-16", null);
		f.need(small, keys, 2);
		f.need(big, keys, 40);
		f.time(small, "SERVICE", "2033-01-09T09:00", null);
		f.time(big, "SERVICE", "2033-01-16T09:00", null);
		f.time(big, "REHEARSAL", "2033-01-13T19:30", null);
		long few = f.profile("Few " + unique(), null);
		long many = f.profile("Many " + unique(), null);
		f.assigned(small, keys, few);
		f.assigned(small, keys, f.profile("Second " + unique(), null));
		f.assigned(big, keys, many);
		for (int i = 1; i < 40; i++) {
			f.assigned(big, keys, f.profile("Player " + i + " " + unique(), null));
		}
		long second = f.position(band, "Bass");
		long otherPlan = f.plan("2033-01-23", null);
		f.need(otherPlan, second, 1);
		for (int i = 0; i < 38; i++) {
			long extra = f.plan("2033-02-" + String.format("%02d", 1 + i % 27), null);
			f.need(extra, keys, 1);
			f.assigned(extra, keys, many);
		}

		int smallPlan = count("/api/plans/" + small + "/schedule");
		int bigPlan = count("/api/plans/" + big + "/schedule");
		int smallPage = count("/plans/" + small + "/schedule");
		int bigPage = count("/plans/" + big + "/schedule");
		int oneWeek = count("/api/schedule?from=2033-01-09&to=2033-01-09");
		int fullRange = count("/api/schedule?from=2033-01-09&to=2033-02-28");
		MvcTestResult fewMine = mvc.get().uri("/api/me/schedule").with(member(few)).exchange();
		MvcTestResult manyMine = mvc.get().uri("/api/me/schedule").with(member(many)).exchange();

		assertThat(bigPlan).isEqualTo(smallPlan).isEqualTo(4);
		assertThat(bigPage).isEqualTo(smallPage).isEqualTo(5);
		assertThat(fullRange).isEqualTo(oneWeek).isEqualTo(3);
		assertThat(manyMine).bodyJson().extractingPath("$.items").asArray().hasSize(39);
		assertThat(StatementCount.of(manyMine)).isEqualTo(StatementCount.of(fewMine)).isEqualTo(3);
	}

	private int count(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return StatementCount.of(result);
	}

	@Test
	void deletingAProfileKeepsTheHistoryOfWhoServed() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long plan = f.plan("2032-06-06", null);
		f.need(plan, keys, 1);
		String name = "Gone " + unique();
		long gone = f.profile(name, null);
		long served = f.assigned(plan, keys, gone);
		mvc.post()
			.uri("/api/assignments/{id}/response", served)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"ACCEPTED\"}")
			.exchange();

		assertThat(mvc.delete().uri("/api/profiles/{id}", gone).exchange()).hasStatus(HttpStatus.NO_CONTENT);

		MvcTestResult schedule = mvc.get().uri("/api/plans/{id}/schedule", plan).exchange();
		assertThat(schedule).bodyJson().extractingPath("$.assignments[0].profileName").isEqualTo(name);
		assertThat(schedule).bodyJson().extractingPath("$.assignments[0].profileId").isNull();
		assertThat(schedule).bodyJson().extractingPath("$.assignments[0].status").isEqualTo("ACCEPTED");
		assertThat(mvc.get().uri("/plans/{id}/schedule", plan).exchange()).bodyText().contains(name, "(removed)");
		assertThat(mvc.get().uri("/schedule?from=2032-06-06&to=2032-06-06").exchange()).bodyText()
			.contains(name, "(removed)");
	}

	@Test
	void removingAPositionKeepsItsNameOnTheAssignments() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long plan = f.plan("2032-06-13", null);
		f.need(plan, keys, 1);
		long ann = f.profile("Ann " + unique(), null);
		f.assigned(plan, keys, ann);

		assertThat(mvc.delete().uri("/api/positions/{id}", keys).exchange()).hasStatus(HttpStatus.NO_CONTENT);

		MvcTestResult schedule = mvc.get().uri("/api/plans/{id}/schedule", plan).exchange();
		assertThat(schedule).bodyJson().extractingPath("$.assignments[0].positionName").asString().endsWith("Keys");
		assertThat(schedule).bodyJson().extractingPath("$.assignments[0].positionId").isNull();
		assertThat(schedule).bodyJson().extractingPath("$.needs").asArray().isEmpty();
	}

	@Test
	void theAdminPageSaysWhenNoSmtpServerIsConfiguredAndTheRequestsWait() {
		ScheduleFixtures f = f();
		long band = f.team("Band");
		long keys = f.position(band, "Keys");
		long plan = f.plan("2032-06-20", null);
		f.need(plan, keys, 1);
		MvcTestResult assigned = f.assign(plan, keys, f.profile("Mailed " + unique(), unique() + "@example.org"),
				false);
		assertThat(assigned).bodyJson().extractingPath("$.emailed").isEqualTo(true);

		MvcTestResult admin = mvc.get()
			.uri("/admin/email")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a")
				.roles("ADMIN"))
			.exchange();

		assertThat(admin).hasStatusOk();
		assertThat(admin).bodyText().contains("No SMTP server is configured", "Can you serve as");
	}

}
