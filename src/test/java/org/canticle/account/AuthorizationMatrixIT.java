package org.canticle.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route the application maps × every kind of caller → the answer they must get. The
 * routes come from Spring's handler mapping, so a new endpoint without a row here fails
 * this test, naming the route.
 */
@IntegrationTest
class AuthorizationMatrixIT {

	/** Who may call a route. */
	enum Access {

		/** anyone, signed in or not */
		PUBLIC,
		/** any signed-in user: session or API token (pages: session only) */
		SIGNED_IN,
		/**
		 * any user signed in with a session or a password, not with an API token (it must
		 * not mint tokens)
		 */
		SIGNED_IN_NOT_BY_TOKEN,
		/** leaders and admins */
		EDITOR,
		/** leaders, admins, and a member for the profile linked to their account */
		OWN_PROFILE_OR_EDITOR,
		/** admins */
		ADMIN

	}

	enum Caller {

		ANONYMOUS, MEMBER, LEADER, ADMIN, LEADER_TOKEN

	}

	/**
	 * THE table: "METHOD pattern" as the handler mapping declares it (method "*" for a
	 * mapping that takes any method) → who may call it. Keep it sorted by path; add a row
	 * with every new endpoint.
	 */
	static final Map<String, Access> RULES = rules(
			// pages
			"GET /", Access.SIGNED_IN, "GET /account", Access.SIGNED_IN, "POST /account/password", Access.SIGNED_IN,
			"GET /account/tokens", Access.SIGNED_IN, "POST /account/tokens", Access.SIGNED_IN,
			"POST /account/tokens/{id}/revoke", Access.SIGNED_IN, "GET /admin/audit", Access.ADMIN, "GET /admin/users",
			Access.ADMIN, "POST /admin/users", Access.ADMIN, "POST /admin/users/{id}", Access.ADMIN,
			"GET /calendar/{token}.ics", Access.PUBLIC, "* /error", Access.PUBLIC, "GET /export", Access.SIGNED_IN,
			"GET /import", Access.EDITOR, "POST /import", Access.EDITOR, "GET /import/{jobId}", Access.EDITOR,
			"GET /import/{jobId}/progress", Access.EDITOR, "GET /login", Access.PUBLIC, "GET /plans", Access.SIGNED_IN,
			"POST /plans", Access.EDITOR, "GET /plans/{id}", Access.SIGNED_IN, "POST /plans/{id}", Access.EDITOR,
			"GET /plans/{id}/charts", Access.SIGNED_IN, "GET /plans/{id}/delete", Access.EDITOR,
			"POST /plans/{id}/delete", Access.EDITOR, "POST /plans/{id}/items", Access.EDITOR,
			"POST /plans/{id}/items/{itemId}", Access.EDITOR, "POST /plans/{id}/items/{itemId}/move", Access.EDITOR,
			"POST /plans/{id}/items/{itemId}/remove", Access.EDITOR, "POST /plans/{id}/order", Access.EDITOR,
			"GET /plans/{id}/songs/search", Access.SIGNED_IN, "GET /profiles", Access.SIGNED_IN, "POST /profiles",
			Access.EDITOR, "GET /profiles/{id}", Access.SIGNED_IN, "POST /profiles/{id}/keys/{songId}", Access.EDITOR,
			"POST /profiles/{id}/keys/{songId}/clear", Access.EDITOR, "GET /share/{token}", Access.PUBLIC, "GET /songs",
			Access.SIGNED_IN, "POST /songs", Access.EDITOR, "POST /songs/convert", Access.EDITOR, "GET /songs/new",
			Access.EDITOR, "POST /songs/preview", Access.EDITOR, "GET /songs/{id}", Access.SIGNED_IN,
			"GET /songs/{id}/delete", Access.EDITOR, "POST /songs/{id}/delete", Access.EDITOR, "GET /songs/{id}/edit",
			Access.EDITOR, "POST /songs/{id}/edit", Access.EDITOR, "GET /songs/{id}/print", Access.SIGNED_IN,
			// scheduling pages: members see the schedule and answer their own; leaders
			// schedule
			"GET /teams", Access.SIGNED_IN, "POST /teams", Access.EDITOR, "POST /teams/{id}/delete", Access.EDITOR,
			"POST /teams/{id}/positions", Access.EDITOR, "POST /positions/{id}/delete", Access.EDITOR,
			"POST /positions/{id}/players", Access.EDITOR, "POST /positions/{id}/players/{profileId}/remove",
			Access.EDITOR, "GET /plans/{id}/schedule", Access.SIGNED_IN, "POST /plans/{id}/times", Access.EDITOR,
			"POST /plans/{id}/times/{timeId}/remove", Access.EDITOR, "POST /plans/{id}/needs", Access.EDITOR,
			"POST /plans/{id}/needs/{positionId}/remove", Access.EDITOR, "GET /plans/{id}/schedule/{positionId}",
			Access.EDITOR, "POST /plans/{id}/assignments", Access.EDITOR,
			"POST /plans/{id}/assignments/{assignmentId}/remove", Access.EDITOR,
			"POST /plans/{id}/assignments/{assignmentId}/answer", Access.EDITOR, "POST /plans/{id}/template",
			Access.EDITOR, "GET /schedule", Access.SIGNED_IN, "GET /templates", Access.SIGNED_IN,
			"POST /templates/{id}/plans", Access.EDITOR, "POST /templates/{id}/delete", Access.EDITOR,
			"GET /my/schedule", Access.SIGNED_IN, "POST /my/assignments/{id}/respond", Access.SIGNED_IN,
			"POST /my/blockouts", Access.SIGNED_IN, "POST /my/blockouts/{id}/remove", Access.SIGNED_IN,
			"POST /my/calendar/rotate", Access.SIGNED_IN, "GET /respond/{token}", Access.PUBLIC,
			"POST /respond/{token}", Access.PUBLIC, "GET /calendar/me/{token}.ics", Access.PUBLIC, "GET /admin/email",
			Access.ADMIN,
			// API
			"GET /api/audit", Access.ADMIN, "GET /api/admin/backup", Access.ADMIN, "POST /api/admin/restore",
			Access.ADMIN, "POST /api/charts/convert", Access.EDITOR, "GET /api/calendar/feed", Access.EDITOR,
			"POST /api/calendar/feed/rotate", Access.EDITOR, "GET /api/docs", Access.PUBLIC, "GET /api/openapi",
			Access.PUBLIC, "GET /api/openapi.yaml", Access.PUBLIC, "GET /api/openapi/swagger-config", Access.PUBLIC,
			"GET /api/export/library", Access.SIGNED_IN, "POST /api/import", Access.EDITOR, "GET /api/import/{jobId}",
			Access.SIGNED_IN, "GET /api/plans", Access.SIGNED_IN, "POST /api/plans", Access.EDITOR,
			"GET /api/plans/{id}", Access.SIGNED_IN, "PUT /api/plans/{id}", Access.EDITOR, "DELETE /api/plans/{id}",
			Access.EDITOR, "POST /api/plans/{id}/items", Access.EDITOR, "PUT /api/plans/{id}/items", Access.EDITOR,
			"PUT /api/plans/{id}/items/{itemId}", Access.EDITOR, "DELETE /api/plans/{id}/items/{itemId}", Access.EDITOR,
			"GET /api/plans/{id}/songs", Access.SIGNED_IN, "GET /api/plans/{id}/pdf", Access.SIGNED_IN,
			"GET /api/plans/{planId}/shares", Access.EDITOR, "POST /api/plans/{planId}/shares", Access.EDITOR,
			"DELETE /api/plans/{planId}/shares/{shareId}", Access.EDITOR, "GET /api/profiles", Access.SIGNED_IN,
			"POST /api/profiles", Access.EDITOR, "GET /api/profiles/{id}", Access.SIGNED_IN, "PUT /api/profiles/{id}",
			Access.EDITOR, "DELETE /api/profiles/{id}", Access.EDITOR, "PUT /api/profiles/{id}/keys/{songId}",
			Access.OWN_PROFILE_OR_EDITOR, "DELETE /api/profiles/{id}/keys/{songId}", Access.OWN_PROFILE_OR_EDITOR,
			"GET /api/reports/usage.csv", Access.EDITOR, "GET /api/songs", Access.SIGNED_IN, "POST /api/songs",
			Access.EDITOR, "GET /api/songs/{id}", Access.SIGNED_IN, "GET /api/songs/{id}/chart", Access.SIGNED_IN,
			"GET /api/songs/{id}/export", Access.SIGNED_IN, "GET /api/songs/{id}/pdf", Access.SIGNED_IN,
			"PUT /api/songs/{id}", Access.EDITOR, "DELETE /api/songs/{id}", Access.EDITOR, "GET /api/tokens",
			Access.SIGNED_IN, "POST /api/tokens", Access.SIGNED_IN_NOT_BY_TOKEN, "DELETE /api/tokens/{id}",
			Access.SIGNED_IN, "GET /api/users", Access.ADMIN, "POST /api/users", Access.ADMIN, "GET /api/users/{id}",
			Access.ADMIN, "PUT /api/users/{id}", Access.ADMIN, "DELETE /api/users/{id}", Access.ADMIN,
			// scheduling API
			"GET /api/teams", Access.SIGNED_IN, "POST /api/teams", Access.EDITOR, "DELETE /api/teams/{id}",
			Access.EDITOR, "POST /api/teams/{id}/positions", Access.EDITOR, "DELETE /api/positions/{id}", Access.EDITOR,
			"GET /api/profiles/{id}/positions", Access.SIGNED_IN, "PUT /api/profiles/{id}/positions", Access.EDITOR,
			"GET /api/plans/{id}/schedule", Access.SIGNED_IN, "POST /api/plans/{id}/times", Access.EDITOR,
			"DELETE /api/plans/{id}/times/{timeId}", Access.EDITOR, "PUT /api/plans/{id}/needs", Access.EDITOR,
			"POST /api/plans/{id}/assignments", Access.EDITOR, "DELETE /api/plans/{id}/assignments/{assignmentId}",
			Access.EDITOR, "GET /api/plans/{id}/candidates", Access.EDITOR, "POST /api/plans/{id}/template",
			Access.EDITOR, "GET /api/schedule", Access.SIGNED_IN, "POST /api/assignments/{id}/response",
			Access.SIGNED_IN, "GET /api/me/schedule", Access.SIGNED_IN, "GET /api/me/blockouts", Access.SIGNED_IN,
			"POST /api/me/blockouts", Access.SIGNED_IN, "DELETE /api/me/blockouts/{id}", Access.SIGNED_IN,
			"GET /api/me/calendar", Access.SIGNED_IN, "POST /api/me/calendar/rotate", Access.SIGNED_IN,
			"GET /api/templates", Access.SIGNED_IN, "POST /api/templates", Access.EDITOR, "GET /api/templates/{id}",
			Access.SIGNED_IN, "DELETE /api/templates/{id}", Access.EDITOR, "POST /api/templates/{id}/plans",
			Access.EDITOR);

	/** Ids that exist nowhere: an allowed call answers 404 or 400 and changes nothing. */
	private static final String MISSING_ID = "999999999";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	Accounts accounts;

	private final Map<Caller, AccountPrincipal> users = new LinkedHashMap<>();

	private String leaderToken;

	@BeforeEach
	void users() {
		users.put(Caller.MEMBER, accounts.create(Role.MEMBER));
		users.put(Caller.LEADER, accounts.create(Role.LEADER));
		users.put(Caller.ADMIN, accounts.create(Role.ADMIN));
		leaderToken = accounts.tokenFor(users.get(Caller.LEADER));
	}

	@Test
	void everyMappedRouteHasARule() {
		List<String> missing = routes().stream().filter(route -> !RULES.containsKey(route)).toList();
		assertThat(missing)
			.as("routes without a row in AuthorizationMatrixIT.RULES: add one for each, saying who may"
					+ " call it (and a matching rule in SecurityConfig)")
			.isEmpty();
	}

	@Test
	void everyRuleNamesAMappedRoute() {
		List<String> routes = routes();
		assertThat(RULES.keySet().stream().filter(rule -> !routes.contains(rule)).toList())
			.as("rows of AuthorizationMatrixIT.RULES for routes the application no longer maps")
			.isEmpty();
	}

	@Test
	void everyRouteAnswersEachCallerAsItsRuleSays() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String route : routes()) {
			Access access = RULES.get(route);
			if (access == null) {
				continue; // everyMappedRouteHasARule names it
			}
			for (Caller caller : Caller.values()) {
				MvcResult result = mvc.perform(request(route, caller)).andReturn();
				String problem = check(route, access, caller, result);
				if (problem != null) {
					failures.add(problem);
				}
			}
		}
		assertThat(failures).as("routes answering a caller otherwise than their rule says").isEmpty();
	}

	private static String check(String route, Access access, Caller caller, MvcResult result) {
		boolean api = path(route).startsWith("/api/");
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		boolean toLogin = status == 302 && location != null && location.contains("/login")
				&& !path(route).equals("/login");
		String got = status + (location != null ? " → " + location : "");
		String expected;
		boolean ok;
		if (allowed(access, caller, api)) {
			expected = "allowed (not 401/403/5xx, no redirect to /login)";
			// /error called directly, with no error to show, answers 500: Spring's
			// BasicErrorController
			ok = status != 401 && status != 403 && (status < 500 || path(route).equals("/error")) && !toLogin;
		}
		else if (caller == Caller.ANONYMOUS || (caller == Caller.LEADER_TOKEN && !signedInByToken(access, api))) {
			expected = api ? "401" : "302 → /login";
			ok = api ? status == 401 : toLogin;
		}
		else {
			expected = "403";
			ok = status == 403;
		}
		return ok ? null : "%-45s %-13s expected %s, got %s".formatted(route, caller, expected, got);
	}

	private static boolean allowed(Access access, Caller caller, boolean api) {
		return switch (access) {
			case PUBLIC -> true;
			case SIGNED_IN -> caller != Caller.ANONYMOUS && (api || caller != Caller.LEADER_TOKEN);
			case SIGNED_IN_NOT_BY_TOKEN -> caller != Caller.ANONYMOUS && caller != Caller.LEADER_TOKEN;
			case EDITOR, OWN_PROFILE_OR_EDITOR ->
				caller == Caller.LEADER || caller == Caller.ADMIN || (api && caller == Caller.LEADER_TOKEN);
			case ADMIN -> caller == Caller.ADMIN;
		};
	}

	/**
	 * Whether the token signs the caller in on this route (then a refusal is 403, not
	 * 401).
	 */
	private static boolean signedInByToken(Access access, boolean api) {
		return api && access != Access.SIGNED_IN_NOT_BY_TOKEN;
	}

	private MockHttpServletRequestBuilder request(String route, Caller caller) {
		String method = method(route).equals("*") ? "GET" : method(route);
		String uri = path(route).replaceAll("\\{token}", UUID.randomUUID().toString().replace("-", "") + "abcdefghijk")
			.replaceAll("\\{\\*?[^}]+}", MISSING_ID)
			.replace("**", "x");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
		if (!method.equals("GET") && !method.equals("DELETE") && uri.startsWith("/api/")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		switch (caller) {
			case ANONYMOUS -> request.with(csrf());
			// on a page a token signs no one in; the CSRF token makes the answer show
			// that, not the CSRF check
			case LEADER_TOKEN -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + leaderToken)
				.with(uri.startsWith("/api/") ? r -> r : csrf());
			default -> request.with(Accounts.session(users.get(caller))).with(csrf());
		}
		return request;
	}

	/** "METHOD pattern" for every handler method and pattern Spring MVC maps. */
	private List<String> routes() {
		TreeSet<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				var methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					routes.add("* " + pattern);
				}
				for (RequestMethod method : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		}
		return List.copyOf(routes);
	}

	private static String method(String route) {
		return route.substring(0, route.indexOf(' '));
	}

	private static String path(String route) {
		return route.substring(route.indexOf(' ') + 1);
	}

	private static Map<String, Access> rules(Object... pairs) {
		Map<String, Access> rules = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (rules.put((String) pairs[i], (Access) pairs[i + 1]) != null) {
				throw new IllegalStateException("two rows for " + pairs[i]);
			}
		}
		return rules;
	}

}
