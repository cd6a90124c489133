package org.canticle;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting of every {@code @ConfigurationProperties} record has its row in the
 * README's configuration table, so the table cannot drift from the code.
 */
class ConfigurationDocumentedTest {

	@Test
	void everySettingIsInTheReadme() throws IOException, ClassNotFoundException {
		String readme = Files.readString(Path.of("README.md"));
		List<String> settings = new ArrayList<>();
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (var candidate : scanner.findCandidateComponents("org.canticle")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			collect(type.getAnnotation(ConfigurationProperties.class).value(), type, settings);
		}
		assertThat(settings).as("settings found").hasSizeGreaterThan(20);
		assertThat(settings)
			.allSatisfy(setting -> assertThat(readme).as("README row for %s", setting).contains("`" + setting + "`"));
	}

	private static void collect(String prefix, Class<?> type, List<String> settings) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + kebab(component.getName());
			if (component.getType().isRecord() && component.getType().getPackageName().startsWith("org.canticle")) {
				collect(name, component.getType(), settings);
			}
			else {
				settings.add(name);
			}
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

}
