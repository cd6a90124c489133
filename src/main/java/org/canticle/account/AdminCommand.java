package org.canticle.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.canticle.system.BadRequestException;
import org.canticle.system.ConflictException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's command
 * {@code java -jar canticle.jar admin create --email … [--name …]}: creates an admin, the
 * password read from standard input (never an argument: those show in {@code ps} and
 * shell history). It starts Spring without the web server, so it can run beside a running
 * instance on the same database.
 * <p>
 * Exit codes: 0 created; 1 the email has an account already, or the database failed; 2
 * bad usage or a password the policy refuses.
 */
public final class AdminCommand {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int INVALID = 2;

	private static final String USAGE = "usage: java -jar canticle.jar admin create --email <email> [--name <name>]"
			+ " (the password is read from standard input)";

	private final Function<String[], ConfigurableApplicationContext> springStarter;

	AdminCommand(Function<String[], ConfigurableApplicationContext> springStarter) {
		this.springStarter = springStarter;
	}

	/** Whether {@code args} ask for this command rather than the server. */
	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("admin");
	}

	/** Runs the command on the process's standard streams; returns the exit code. */
	public static int run(Class<?> application, String[] args) {
		AdminCommand command = new AdminCommand(
				springArgs -> new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
					.logStartupInfo(false)
					.run(springArgs));
		return command.run(args, System.in, System.out, System.err);
	}

	int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> springArgs = new ArrayList<>();
		if (args.length < 2 || !args[0].equals("admin") || !args[1].equals("create")) {
			err.println(USAGE);
			return INVALID;
		}
		for (int i = 2; i < args.length; i++) {
			String arg = args[i];
			if ((arg.equals("--email") || arg.equals("--name")) && i + 1 < args.length) {
				options.put(arg.substring(2), args[++i]);
			}
			else if (arg.startsWith("--email=") || arg.startsWith("--name=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				springArgs.add(arg); // a Spring property, e.g. --spring.datasource.url=…
			}
			else {
				err.println("unknown argument: " + arg);
				err.println(USAGE);
				return INVALID;
			}
		}
		String email = UserService.normalizeEmail(options.get("email"));
		if (email.isEmpty() || !email.contains("@")) {
			err.println("--email must be an email address");
			err.println(USAGE);
			return INVALID;
		}
		String password;
		try {
			password = readPassword(in, out);
		}
		catch (IOException ex) {
			err.println("could not read the password: " + ex.getMessage());
			return INVALID;
		}
		var problem = PasswordPolicy.standard().problem(password, email);
		if (problem.isPresent()) {
			err.println("password refused: it " + problem.get());
			return INVALID;
		}
		try (ConfigurableApplicationContext context = springStarter.apply(springArgs.toArray(String[]::new))) {
			UserAccount admin = context.getBean(UserService.class).createAdmin(email, options.get("name"), password);
			out.println("Created admin " + admin.email() + " (id " + admin.id() + ").");
			return OK;
		}
		catch (BadRequestException ex) {
			err.println("refused: " + ex.getBody().getDetail());
			return INVALID;
		}
		catch (ConflictException ex) {
			err.println("refused: " + ex.getBody().getDetail());
			return FAILED;
		}
		catch (RuntimeException ex) {
			err.println("failed: " + ex.getMessage());
			return FAILED;
		}
	}

	/**
	 * From the terminal without echo when there is one; else the first line of standard
	 * input (a pipe, a file).
	 */
	private static String readPassword(InputStream in, PrintStream out) throws IOException {
		Console console = System.console();
		if (in == System.in && console != null) {
			char[] typed = console.readPassword("Password for the new admin: ");
			return typed == null ? "" : new String(typed);
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line = reader.readLine();
		return line == null ? "" : line;
	}

}
