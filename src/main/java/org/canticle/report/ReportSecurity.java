package org.canticle.report;

import org.canticle.system.RouteRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calendar feed is read by calendar apps that cannot log in: its URL carries an
 * unguessable token instead, checked by the controller. The usage report and the feed's
 * URL are for leaders and admins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReportSecurity implements RouteRules {

	@Bean
	@Order(0)
	SecurityFilterChain calendarFeed(HttpSecurity http) throws Exception {
		http.securityMatcher("/calendar/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/reports/**", "/api/calendar/**").hasAnyRole("LEADER", "ADMIN");
	}

}
