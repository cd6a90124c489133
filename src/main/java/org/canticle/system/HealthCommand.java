package org.canticle.system;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar canticle.jar health --url http://host:8080 [--token T] [--timeout 10s]}:
 * asks a running Canticle how it is, prints pool usage, a query-latency probe and the
 * thresholds crossed, and exits 0 when healthy, 1 when not, 2 when the server cannot be
 * asked. Plain java.net.http, without starting Spring: it must work when the server is in
 * trouble. The token is the server's {@code canticle.operations.management-token}, also
 * read from {@code CANTICLE_OPERATIONS_MANAGEMENT_TOKEN}; without it only the public
 * health status is available.
 */
public final class HealthCommand {

	public static final int HEALTHY = 0;

	public static final int UNHEALTHY = 1;

	public static final int UNREACHABLE = 2;

	private final PrintStream out;

	private final PrintStream err;

	private HealthCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return new HealthCommand(out, err).run(args);
	}

	private int run(String[] args) {
		String url = "http://localhost:8080";
		String token = System.getenv("CANTICLE_OPERATIONS_MANAGEMENT_TOKEN");
		Duration timeout = Duration.ofSeconds(10);
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (arg) {
				case "--url" -> url = value;
				case "--token" -> token = value;
				case "--timeout" -> timeout = parseDuration(value);
				case "--help", "-h" -> {
					out.println(
							"usage: java -jar canticle.jar health [--url http://host:8080] [--token T] [--timeout 10s]");
					return HEALTHY;
				}
				default -> {
					err.println("unknown argument: " + arg);
					return UNREACHABLE;
				}
			}
			i++;
			if (value == null || timeout == null) {
				err.println("missing or invalid value for " + arg);
				return UNREACHABLE;
			}
		}
		url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
		try {
			HttpResponse<String> report = get(client, url + "/actuator/canticle", token, timeout);
			if (report.statusCode() == 200) {
				return printReport(url, JsonMapper.builder().build().readTree(report.body()));
			}
			// no (valid) token: the public status is all there is
			HttpResponse<String> health = get(client, url + "/actuator/health", null, timeout);
			String status = health.statusCode() == 200 || health.statusCode() == 503
					? JsonMapper.builder().build().readTree(health.body()).path("status").asString("UNKNOWN")
					: "HTTP " + health.statusCode();
			out.println("Canticle at " + url + ": " + status);
			out.println("(details need the management token: --token or CANTICLE_OPERATIONS_MANAGEMENT_TOKEN; "
					+ "/actuator/canticle answered " + report.statusCode() + ")");
			return "UP".equals(status) ? HEALTHY : UNHEALTHY;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("interrupted");
			return UNREACHABLE;
		}
		catch (Exception ex) {
			err.println("Canticle at " + url + " cannot be reached: "
					+ (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
			return UNREACHABLE;
		}
	}

	private int printReport(String url, JsonNode report) {
		String status = report.path("status").asString("UNKNOWN");
		out.println("Canticle at " + url + ": " + status);
		JsonNode database = report.path("database");
		out.println("database: circuit " + database.path("circuit").asString("?") + ", "
				+ (database.path("migrated").asBoolean(false) ? "migrated" : "NOT migrated"));
		JsonNode pool = report.path("pool");
		if (!pool.isMissingNode()) {
			out.printf("pool: %d active, %d idle, %d pending, %d of %d open; %d time-outs so far%n",
					pool.path("active").asInt(), pool.path("idle").asInt(), pool.path("pending").asInt(),
					pool.path("total").asInt(), pool.path("max").asInt(), pool.path("timeouts").asLong());
		}
		JsonNode probe = report.path("probe");
		if (probe.path("ok").asBoolean(false)) {
			out.println("probe: SELECT 1 answered in " + probe.path("millis").asLong() + " ms");
		}
		else {
			out.println("probe: FAILED " + probe.path("error").asString(""));
		}
		for (JsonNode warning : report.path("warnings")) {
			out.println("WARNING: " + warning.asString());
		}
		return "UP".equals(status) ? HEALTHY : UNHEALTHY;
	}

	private static HttpResponse<String> get(HttpClient client, String url, String token, Duration timeout)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(timeout)
			.header("Accept", "application/json");
		if (token != null && !token.isBlank()) {
			request.header("Authorization", "Bearer " + token);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Duration parseDuration(String value) {
		if (value == null) {
			return null;
		}
		try {
			return value.endsWith("ms") ? Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)))
					: Duration.ofSeconds(
							Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
