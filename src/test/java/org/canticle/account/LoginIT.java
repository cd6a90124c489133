package org.canticle.account;

import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class LoginIT {

	/**
	 * Each test signs in from its own address, so that the per-address throttle of one
	 * never trips another.
	 */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private final String address = "10.1." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);

	@Test
	void theRightPasswordStartsASessionAndLandsOnTheHomePage() {
		AccountPrincipal user = accounts.create(Role.MEMBER);
		MvcTestResult result = login(user.email().toUpperCase(), Accounts.PASSWORD, address, null);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(result.getRequest()
			.getSession(false)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
	}

	@Test
	void aWrongPasswordAnUnknownEmailAndADisabledAccountGetTheSameAnswer() {
		AccountPrincipal user = accounts.create(Role.MEMBER);
		AccountPrincipal disabled = accounts.create(Role.MEMBER);
		users.disable(disabled.id());
		assertThat(login(user.email(), "Wrong-password-123", address, null)).hasRedirectedUrl("/login?error=1");
		assertThat(login(Accounts.uniqueEmail("nobody"), "Wrong-password-123", address, null))
			.hasRedirectedUrl("/login?error=1");
		assertThat(login(disabled.email(), Accounts.PASSWORD, address, null)).hasRedirectedUrl("/login?error=1");
		assertThat(mvc.get().uri("/login?error=1").exchange()).hasStatusOk()
			.bodyText()
			.contains(PasswordAuthenticationProvider.FAILED);
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPasswordFromAnotherAddress() {
		AccountPrincipal user = accounts.create(Role.LEADER);
		for (int i = 0; i < 5; i++) {
			assertThat(login(user.email(), "Wrong-password-" + i, address, null)).hasRedirectedUrl("/login?error=1");
		}
		assertThat(login(user.email(), Accounts.PASSWORD, address, null)).hasRedirectedUrl("/login?locked=1");
		assertThat(login(user.email(), Accounts.PASSWORD, "10.9.9.9", null)).hasRedirectedUrl("/login?locked=1");
		assertThat(mvc.get().uri("/login?locked=1").exchange()).bodyText()
			.contains(PasswordAuthenticationProvider.LOCKED);
	}

	@Test
	void anUnknownEmailIsLockedExactlyLikeAKnownOne() {
		String unknown = Accounts.uniqueEmail("ghost");
		for (int i = 0; i < 5; i++) {
			assertThat(login(unknown, "Wrong-password-" + i, address, null)).hasRedirectedUrl("/login?error=1");
		}
		assertThat(login(unknown, "Wrong-password-x", address, null)).hasRedirectedUrl("/login?locked=1");
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressOnly() {
		AccountPrincipal user = accounts.create(Role.MEMBER);
		for (int i = 0; i < 20; i++) {
			login(Accounts.uniqueEmail("spray"), "Wrong-password-" + i, address, null);
		}
		assertThat(login(user.email(), Accounts.PASSWORD, address, null)).hasRedirectedUrl("/login?locked=1");
		assertThat(login(user.email(), Accounts.PASSWORD, "10.8.8.8", null)).hasRedirectedUrl("/");
	}

	@Test
	void signingInGivesTheSessionANewIdAgainstSessionFixation() {
		AccountPrincipal user = accounts.create(Role.MEMBER);
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("kept", "yes");
		String before = session.getId();
		MvcTestResult result = login(user.email(), Accounts.PASSWORD, address, session);
		assertThat(result).hasRedirectedUrl("/");
		assertThat(session.getId()).as("the session id after signing in").isNotEqualTo(before);
		assertThat(session.getAttribute("kept")).as("the session's attributes migrate").isEqualTo("yes");
	}

	@Test
	void signingOutIsAPostWithTheCsrfToken() {
		AccountPrincipal user = accounts.create(Role.MEMBER);
		MockHttpSession session = new MockHttpSession();
		login(user.email(), Accounts.PASSWORD, address, session);
		assertThat(mvc.post().uri("/logout").session(session).exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/logout").session(session).with(csrf()).exchange())
			.hasRedirectedUrl("/login?logout=1");
		assertThat(mvc.get().uri("/account").session(session).exchange()).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void everyFormPostWithoutTheCsrfTokenIsForbidden() {
		AccountPrincipal admin = accounts.create(Role.ADMIN);
		TreeSet<String> posts = new TreeSet<>();
		mapping.getHandlerMethods().keySet().forEach(info -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues().stream().filter(p -> !p.startsWith("/api/")).forEach(posts::add);
			}
		});
		posts.add("/login");
		posts.add("/logout");
		assertThat(posts).contains("/account/tokens", "/admin/users");
		for (String path : posts) {
			String uri = path.replaceAll("\\{[^}]+}", "1");
			assertThat(mvc.post().uri(uri).with(Accounts.session(admin)).param("name", "x").exchange())
				.as("POST %s without a CSRF token", uri)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void anApiChangeFromTheSessionNeedsTheCsrfHeader() {
		AccountPrincipal leader = accounts.create(Role.LEADER);
		MockHttpSession session = new MockHttpSession();
		assertThat(login(leader.email(), Accounts.PASSWORD, address, session)).hasRedirectedUrl("/");
		String song = """
				{"title": "Csrf song", "chordpro": "[G]la"}""";
		assertThat(mvc.post()
			.uri("/api/songs")
			.session(session)
			.with(cookie(session))
			.contentType(MediaType.APPLICATION_JSON)
			.content(song)
			.exchange()).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("CSRF token missing or invalid");
		assertThat(mvc.post()
			.uri("/api/songs")
			.session(session)
			.with(cookie(session))
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(song)
			.exchange()).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void theLoginPageIsPlainHtmlWithLabelsAndTheCsrfTokenForScripts() {
		MvcTestResult page = mvc.get().uri("/login").exchange();
		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(page).bodyText()
			.contains("<label for=\"email\">", "<label for=\"password\">", "<meta name=\"_csrf\" content=\"",
					"<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">", "name=\"_csrf\"",
					"<link rel=\"stylesheet\" href=\"/css/app.css\">")
			.doesNotContain("<script");
	}

	@Test
	void anonymousVisitorsOfAPageAreSentToTheLoginPage() {
		assertThat(mvc.get().uri("/account/tokens").exchange()).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	private MvcTestResult login(String email, String password, String from, MockHttpSession session) {
		var request = mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with(remoteAddress(from));
		if (session != null) {
			request = request.session(session);
		}
		return request.exchange();
	}

	/**
	 * What a browser sends: the session's cookie (MockMvc's session alone does not say it
	 * came with the request).
	 */
	static RequestPostProcessor cookie(MockHttpSession session) {
		return request -> {
			request.setRequestedSessionId(session.getId());
			request.setRequestedSessionIdFromCookie(true);
			return request;
		};
	}

	static RequestPostProcessor remoteAddress(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
