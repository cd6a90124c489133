package org.canticle.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A java.net.http client for the tests that run against a real server, logged in with HTTP Basic. */
public final class Http {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public String base() {
		return base;
	}

	public HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (user != null) {
			String credentials = user + ":" + OpsTestConfig.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	public HttpResponse<String> get(String path, String user) throws Exception {
		return send(request(path, user).GET().build());
	}

	public HttpResponse<String> postJson(String path, String user, String json) throws Exception {
		return send(request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public HttpClient client() {
		return client;
	}

	/** The PostgreSQL the failsafe execution chose, and a URL to it through another host and port (a proxy). */
	public static String postgresUrl(int port) {
		String database = System.getProperty("canticle.it.pg-database", "canticle_it");
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

}
