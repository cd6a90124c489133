package org.canticle.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's own URL rules, declared beside its controllers. The security chains (in
 * {@code account}) apply every feature's rules before their general ones (reads for every
 * role, changes for leaders and admins), so a feature states only where it differs. The
 * features' paths do not overlap, so the order among them does not matter.
 */
public interface RouteRules {

	/** Who may call the feature's {@code /api/**} routes. */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Who may open the feature's pages. */
	default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

}
