package org.canticle.backup;

import org.canticle.system.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Backup and restore hold every user's data: admins only, here and again by
 * {@code @PreAuthorize} on the controller.
 */
@Component
@ConditionalOnWebApplication
class BackupSecurity implements RouteRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/admin/**").hasRole("ADMIN");
	}

}
