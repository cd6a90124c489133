package org.canticle.plan;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Makes songs, profiles, plans and items through the API, each with a unique name. */
record PlanFixtures(MockMvcTester mvc) {

	long song(String title, String key) {
		return idOf(post("/api/songs", """
				{"title": "%s %s", "authors": "Trad.", "key": %s, "tempo": 90, "timeSignature": "3/4",
				 "tags": ["hymn"], "chordpro": "{start_of_verse}\\n[G]Holy [C]ground\\n{end_of_verse}"}"""
			.formatted(title, unique(), key == null ? "null" : "\"" + key + "\"")));
	}

	long profile(String name) {
		return idOf(post("/api/profiles", "{\"name\": \"" + name + "\"}"));
	}

	void preferredKey(long profile, long song, String key) {
		mvc.put()
			.uri("/api/profiles/{id}/keys/{song}", profile, song)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"key\": \"" + key + "\"}")
			.exchange();
	}

	MvcTestResult createPlan(String date, String title, Long leader) {
		return post("/api/plans", """
				{"date": "%s", "title": "%s", "leaderId": %s, "notes": "bring capos"}""".formatted(date, title,
				leader == null ? "null" : leader.toString()));
	}

	long plan(String date, Long leader) {
		return idOf(createPlan(date, "Sunday " + unique(), leader));
	}

	MvcTestResult addSong(long plan, long song, String key) {
		return post("/api/plans/" + plan + "/items", """
				{"type": "SONG", "songId": %d, "key": %s}""".formatted(song, key == null ? "null" : "\"" + key + "\""));
	}

	MvcTestResult addHeader(long plan, String title) {
		return post("/api/plans/" + plan + "/items", "{\"type\": \"HEADER\", \"title\": \"" + title + "\"}");
	}

	MvcTestResult post(String uri, String json) {
		return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	String etag(String uri) {
		return mvc.get().uri(uri).exchange().getResponse().getHeader(HttpHeaders.ETAG);
	}

	static long idOf(MvcTestResult result) {
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		if (location == null) {
			throw new AssertionError("no Location: " + result.getResponse().getStatus());
		}
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
