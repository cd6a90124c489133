package org.canticle.system;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OpenApiIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theApiIsDescribedWithoutLoggingIn() {
		var result = mvc.get().uri("/api/openapi").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/songs/{id}'].put.description")
			.asString()
			.contains("If-Match");
		var docs = mvc.get().uri("/api/docs").exchange();
		assertThat(docs).hasStatus3xxRedirection();
		String ui = docs.getResponse().getRedirectedUrl();
		assertThat(ui).contains("swagger-ui");
		assertThat(mvc.get().uri(ui).exchange()).hasStatusOk();
	}

}
