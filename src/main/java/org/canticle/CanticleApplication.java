package org.canticle;

import java.util.Arrays;

import org.canticle.account.AdminCommand;
import org.canticle.system.HealthCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CanticleApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("health")) {
			// an operator command, not the server: no Spring, so it answers even when the
			// server is in trouble
			System.exit(HealthCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (AdminCommand.handles(args)) {
			System.exit(AdminCommand.run(CanticleApplication.class, args));
		}
		SpringApplication.run(CanticleApplication.class, args);
	}

}
