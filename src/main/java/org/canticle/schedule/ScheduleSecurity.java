package org.canticle.schedule;

import org.canticle.system.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Scheduling's routes, where they differ from the general rules (reads for every role,
 * changes for leaders and admins): every member answers their own requests and keeps
 * their blockouts ({@code /my/**}, {@code /api/me/**}, the answer endpoint, which the
 * service limits to the member's own requests); the picker shows everyone's blockout
 * reasons, so it is for those who schedule; the accept and decline links of the emails
 * ({@code /respond/**}) work without signing in: their signature is the key. The personal
 * calendar feed ({@code /calendar/me/…}) is public through the calendar chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ScheduleSecurity implements RouteRules {

	private static final String[] EVERY_ROLE = { "MEMBER", "LEADER", "ADMIN" };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/me", "/api/me/**")
			.hasAnyRole(EVERY_ROLE)
			.requestMatchers(HttpMethod.POST, "/api/assignments/*/response")
			.hasAnyRole(EVERY_ROLE)
			.requestMatchers(HttpMethod.GET, "/api/plans/*/candidates")
			.hasAnyRole("LEADER", "ADMIN");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/respond/**")
			.permitAll()
			.requestMatchers("/my", "/my/**")
			.hasAnyRole(EVERY_ROLE)
			.requestMatchers(HttpMethod.GET, "/plans/*/schedule/*")
			.hasAnyRole("LEADER", "ADMIN");
	}

}
