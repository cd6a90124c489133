package org.canticle.plan;

import java.time.LocalDate;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(roles = "LEADER")
class PlanPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanService plans;

	PlanFixtures fixtures() {
		return new PlanFixtures(mvc);
	}

	@Test
	void thePlanPageShowsItemsWithTheirDefaultKeyFromTheLeader() {
		PlanFixtures f = fixtures();
		long leader = f.profile("Leader " + PlanFixtures.unique());
		long song = f.song("Leader keyed", "G");
		f.preferredKey(leader, song, "A");
		long plan = f.plan(LocalDate.now().plusDays(2).toString(), leader);
		f.addSong(plan, song, null);

		MvcTestResult page = mvc.get().uri("/plans/{id}", plan).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Default (A, leader's key)", "Move ");
	}

	@Test
	void theChartsViewRunsAsManyStatementsForOneSongAsForFive() {
		PlanFixtures f = fixtures();
		long small = f.plan(LocalDate.now().plusDays(4).toString(), null);
		f.addSong(small, f.song("Alone", "G"), null);
		long big = f.plan(LocalDate.now().plusDays(5).toString(), null);
		for (int i = 0; i < 5; i++) {
			f.addSong(big, f.song("Many " + i, "D"), i == 0 ? "E" : null);
		}

		MvcTestResult one = mvc.get().uri("/plans/{id}/charts", small).exchange();
		MvcTestResult five = mvc.get().uri("/plans/{id}/charts", big).exchange();

		assertThat(five).hasStatusOk();
		assertThat(five).bodyText()
			.contains("class=\"printed-song\"", "<span>Key E</span>", "<span class=\"chord\">A</span>");
		assertThat(StatementCount.of(five)).isEqualTo(StatementCount.of(one));
	}

	@Test
	void moveButtonsReorderTheItems() {
		PlanFixtures f = fixtures();
		long plan = f.plan(LocalDate.now().plusDays(6).toString(), null);
		long first = PlanFixtures.idOf(f.addSong(plan, f.song("One", "G"), null));
		long second = PlanFixtures.idOf(f.addSong(plan, f.song("Two", "G"), null));
		int version = plans.get(plan).version();

		MvcTestResult moved = mvc.post()
			.uri("/plans/{id}/items/{item}/move", plan, second)
			.with(csrf())
			.param("direction", "up")
			.param("version", String.valueOf(version))
			.exchange();

		assertThat(moved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/plans/" + plan);
		assertThat(plans.get(plan).items()).extracting(PlanItem::id).containsExactly(second, first);
	}

	@Test
	void aChangeFromAStalePageIsRefusedWithAMessage() {
		PlanFixtures f = fixtures();
		long plan = f.plan(LocalDate.now().plusDays(7).toString(), null);
		long first = PlanFixtures.idOf(f.addSong(plan, f.song("Stale one", "G"), null));
		long second = PlanFixtures.idOf(f.addSong(plan, f.song("Stale two", "G"), null));
		int stale = plans.get(plan).version() - 1;

		MvcTestResult moved = mvc.post()
			.uri("/plans/{id}/order", plan)
			.with(csrf())
			.param("itemId", String.valueOf(second), String.valueOf(first))
			.param("version", String.valueOf(stale))
			.exchange();

		assertThat(moved).hasStatus(HttpStatus.FOUND);
		assertThat(moved.getMvcResult().getFlashMap().get("notice")).asString()
			.contains("Someone changed this plan meanwhile");
		assertThat(plans.get(plan).items()).extracting(PlanItem::id).containsExactly(first, second);
	}

	@Test
	void aMissingPlanIsAnHtmlNotFoundPage() {
		MvcTestResult page = mvc.get().uri("/plans/{id}", Long.MAX_VALUE).exchange();

		assertThat(page).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(page).bodyText().contains("Plan not found");
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void membersCannotChangePlans() {
		long plan = plans.create(new PlanInput(LocalDate.now(), "Member view " + PlanFixtures.unique(), null, ""))
			.plan()
			.id();

		assertThat(mvc.get().uri("/plans/{id}", plan).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("Add a song", "/delete");
		assertThat(mvc.post().uri("/plans/{id}/items", plan).with(csrf()).param("header", "Sneaky").exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(plans.get(plan).items()).isEmpty();
	}

}
