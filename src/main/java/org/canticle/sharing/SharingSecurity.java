package org.canticle.sharing;

import org.canticle.system.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Leaders and admins make and revoke share links, and list them (a listing shows who
 * shared what); a guest opens {@code /share/{token}} without an account, the token being
 * the credential.
 */
@Component
@ConditionalOnWebApplication
class SharingSecurity implements RouteRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/plans/*/shares", "/api/plans/*/shares/**").hasAnyRole("LEADER", "ADMIN");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/share/**").permitAll();
	}

}
