package org.canticle.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.canticle.CanticleApplication;
import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin command, run in-process with a fake standard input, against the test
 * database.
 */
@IntegrationTest
class AdminCommandIT {

	@Autowired
	JdbcClient jdbc;

	private final AtomicInteger springStarts = new AtomicInteger();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final AdminCommand command = new AdminCommand(args -> {
		springStarts.incrementAndGet();
		return new SpringApplicationBuilder(CanticleApplication.class).web(WebApplicationType.NONE).run(args);
	});

	@Test
	void createsAnAdminWithThePasswordFromStandardInputWithoutAWebServer() {
		String email = Accounts.uniqueEmail("ops");
		int code = run("Organ-Loft-Key-2931\n", "admin", "create", "--email", email.toUpperCase(), "--name",
				"Ops person");
		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Created admin " + email);
		var row = jdbc.sql("SELECT role, display_name, password_hash FROM app_user WHERE email = ?")
			.param(email)
			.query()
			.singleRow();
		assertThat(row.get("role")).isEqualTo("ADMIN");
		assertThat(row.get("display_name")).isEqualTo("Ops person");
		assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain("Organ-Loft");
		assertThat(out.toString() + err).doesNotContain("Organ-Loft-Key-2931");

		assertThat(run("Organ-Loft-Key-2931\n", "admin", "create", "--email", email)).as("the same email again")
			.isEqualTo(AdminCommand.FAILED);
		assertThat(err.toString()).contains("already an account");
	}

	@Test
	void refusesAWeakPasswordWithExitCode2BeforeStartingSpring() {
		String email = Accounts.uniqueEmail("weak-ops");
		assertThat(run("password123\n", "admin", "create", "--email", email)).isEqualTo(AdminCommand.INVALID);
		assertThat(run("short\n", "admin", "create", "--email", email)).isEqualTo(AdminCommand.INVALID);
		assertThat(run("", "admin", "create", "--email", email)).isEqualTo(AdminCommand.INVALID);
		assertThat(err.toString()).contains("password refused");
		assertThat(springStarts).hasValue(0);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = ?").param(email).query(Long.class).single())
			.isZero();
	}

	@Test
	void badUsageIsExitCode2() {
		assertThat(run("x\n", "admin", "create")).isEqualTo(AdminCommand.INVALID);
		assertThat(run("x\n", "admin", "delete", "--email", "a@b.org")).isEqualTo(AdminCommand.INVALID);
		assertThat(run("x\n", "admin", "create", "--email", "a@b.org", "--password", "x"))
			.isEqualTo(AdminCommand.INVALID);
		assertThat(err.toString()).contains("usage: java -jar canticle.jar admin create");
		assertThat(AdminCommand.handles(new String[] { "admin", "create" })).isTrue();
		assertThat(AdminCommand.handles(new String[] { "--server.port=9000" })).isFalse();
		assertThat(AdminCommand.handles(new String[0])).isFalse();
	}

	private int run(String stdin, String... args) {
		return command.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
