package org.canticle.account;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityHeadersIT {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ServerProperties server;

	@Test
	void pagesAndTheApiSendTheSecurityHeaders() {
		for (String uri : new String[] { "/login", "/api/songs", "/share/unknown" }) {
			MvcTestResult result = mvc.get().uri(uri).exchange();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(uri).isEqualTo(CSP);
			assertThat(result.getResponse().getHeader("X-Frame-Options")).as(uri).isEqualTo("DENY");
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
			assertThat(result.getResponse().getHeader("Referrer-Policy")).as(uri).isEqualTo("same-origin");
		}
	}

	@Test
	void swaggerUiRunsUnderTheStrictPolicyBecauseItHasNoInlineScript() {
		MvcTestResult ui = mvc.get().uri("/api/swagger-ui/index.html").exchange();
		assertThat(ui).hasStatusOk();
		assertThat(ui.getResponse().getHeader("Content-Security-Policy")).isEqualTo(CSP);
		assertThat(ui).bodyText().doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		var cookie = server.getServlet().getSession().getCookie();
		assertThat(cookie.getHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo(SameSite.LAX);
		assertThat(cookie.getSecure()).as("secure follows canticle.security.secure-cookie, off by default").isFalse();
	}

}
