package org.canticle.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A java.net.http client for the tests that run against a real server, signed in with an
 * API token.
 */
public final class Http {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public String base() {
		return base;
	}

	/**
	 * @param token an API token ({@code cnt_…}), sent as {@code Authorization: Bearer};
	 * null for anonymous
	 */
	public HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	public HttpResponse<String> get(String path, String token) throws Exception {
		return send(request(path, token).GET().build());
	}

	public HttpResponse<String> postJson(String path, String token, String json) throws Exception {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public HttpClient client() {
		return client;
	}

	/**
	 * The PostgreSQL the failsafe execution chose, and a URL to it through another host
	 * and port (a proxy).
	 */
	public static String postgresUrl(int port) {
		String database = System.getProperty("canticle.it.pg-database", "canticle_it");
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

}
