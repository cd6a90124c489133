package org.canticle;

import org.canticle.account.AdminCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CanticleApplication {

	public static void main(String[] args) {
		if (AdminCommand.handles(args)) {
			System.exit(AdminCommand.run(CanticleApplication.class, args));
		}
		SpringApplication.run(CanticleApplication.class, args);
	}

}
