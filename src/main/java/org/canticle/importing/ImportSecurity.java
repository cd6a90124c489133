package org.canticle.importing;

import org.canticle.system.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Importing adds songs, so its pages are for leaders and admins, reading them included
 * (the upload form, a job's report). {@code POST /api/import} needs no rule of its own:
 * every API change is for leaders and admins. Export is a read, open to every role.
 */
@Component
@ConditionalOnWebApplication
class ImportSecurity implements RouteRules {

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/import", "/import/**").hasAnyRole("LEADER", "ADMIN");
	}

}
