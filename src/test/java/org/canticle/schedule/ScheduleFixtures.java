package org.canticle.schedule;

import java.util.List;
import java.util.UUID;

import org.canticle.account.AccountPrincipal;
import org.canticle.account.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Teams, profiles, plans and assignments through the API, each with a unique name. */
record ScheduleFixtures(MockMvcTester mvc) {

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long profile(String name, String email) {
		return idOf(post("/api/profiles", email == null ? "{\"name\": \"%s\"}".formatted(name)
				: "{\"name\": \"%s\", \"email\": \"%s\"}".formatted(name, email)));
	}

	long plan(String date, Long leader) {
		return idOf(post("/api/plans", "{\"date\": \"%s\", \"title\": \"Service %s\", \"leaderId\": %s}".formatted(date,
				unique(), leader == null ? "null" : leader)));
	}

	long team(String name) {
		return idOf(post("/api/teams", "{\"name\": \"%s %s\"}".formatted(name, unique())));
	}

	long position(long team, String name) {
		return idOf(post("/api/teams/" + team + "/positions", "{\"name\": \"%s\"}".formatted(name)));
	}

	void need(long plan, long position, int needed) {
		MvcTestResult result = mvc.put()
			.uri("/api/plans/{id}/needs", plan)
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"positionId\": %d, \"needed\": %d}]".formatted(position, needed))
			.exchange();
		if (result.getResponse().getStatus() != 204) {
			throw new AssertionError("needs: " + result.getResponse().getStatus());
		}
	}

	long time(long plan, String kind, String startsAt, String endsAt) {
		return idOf(post("/api/plans/" + plan + "/times", "{\"kind\": \"%s\", \"startsAt\": \"%s\", \"endsAt\": %s}"
			.formatted(kind, startsAt, endsAt == null ? "null" : "\"" + endsAt + "\"")));
	}

	MvcTestResult assign(long plan, long position, long profile, boolean confirm) {
		return post("/api/plans/" + plan + "/assignments",
				"{\"positionId\": %d, \"profileId\": %d, \"confirm\": %s}".formatted(position, profile, confirm));
	}

	long assigned(long plan, long position, long profile) {
		return idOf(assign(plan, position, profile, true));
	}

	MvcTestResult post(String uri, String json) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	/** A signed-in member whose account is linked to a profile. */
	static RequestPostProcessor member(long profileId) {
		AccountPrincipal principal = new AccountPrincipal(-profileId, "member" + profileId + "@example.org", "Member",
				Role.MEMBER, profileId);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
	}

	static long idOf(MvcTestResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		if (location == null) {
			throw new AssertionError("no Location: " + result.getResponse().getStatus() + " "
					+ result.getResponse().getContentAsByteArray().length);
		}
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
