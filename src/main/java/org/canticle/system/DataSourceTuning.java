package org.canticle.system;

import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts the driver-level time-outs on the pool before it opens its first connection. They
 * depend on the database: PostgreSQL takes them as connection properties, H2 as a session
 * setting, and H2 refuses properties it does not know, so they cannot simply go in
 * application.properties. A value already set by the operator wins. It also puts the pool
 * behind {@link GuardedDataSource}.
 */
@Component
class DataSourceTuning implements BeanPostProcessor, Ordered {

	private final ObjectProvider<DatabaseSettings> settings;

	private final ObjectProvider<DatabaseGuard> guard;

	DataSourceTuning(ObjectProvider<DatabaseSettings> settings, ObjectProvider<DatabaseGuard> guard) {
		this.settings = settings;
		this.guard = guard;
	}

	@Override
	public int getOrder() {
		// before the statement-counting proxy wraps the pool, so that it wraps this guard
		// too
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari) {
			return new GuardedDataSource(hikari, guard::getObject);
		}
		return bean;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			tune(hikari, settings.getObject());
		}
		return bean;
	}

	static void tune(HikariDataSource hikari, DatabaseSettings settings) {
		String url = hikari.getJdbcUrl();
		if (url.startsWith("jdbc:postgresql:")) {
			Properties props = hikari.getDataSourceProperties();
			props.putIfAbsent("connectTimeout", seconds(settings.connectTimeout().toMillis()));
			props.putIfAbsent("loginTimeout", seconds(settings.loginTimeout().toMillis()));
			props.putIfAbsent("socketTimeout", seconds(settings.socketTimeout().toMillis()));
			props.putIfAbsent("tcpKeepAlive", String.valueOf(settings.tcpKeepAlive()));
			String timeout = "-c statement_timeout=" + settings.statementTimeout().toMillis();
			Object options = props.get("options");
			if (options == null) {
				props.setProperty("options", timeout);
			}
			else if (!options.toString().contains("statement_timeout")) {
				props.setProperty("options", options + " " + timeout);
			}
		}
		else if (url.startsWith("jdbc:h2:") && hikari.getConnectionInitSql() == null) {
			hikari.setConnectionInitSql("SET QUERY_TIMEOUT " + settings.statementTimeout().toMillis());
		}
	}

	private static String seconds(long millis) {
		return String.valueOf(Math.max(1, (millis + 999) / 1000));
	}

}
