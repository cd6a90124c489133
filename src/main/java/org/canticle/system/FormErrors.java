package org.canticle.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * Field messages for a page's form, from the same validation and service rules the API
 * answers with.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The first message of each field; a list element's message goes to its list
	 * ({@code tags[2]} → tags).
	 */
	public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<?> violation : violations) {
			String path = violation.getPropertyPath().toString();
			String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
			errors.putIfAbsent(field, violation.getMessage());
		}
		return errors;
	}

	public static Map<String, String> of(BadRequestException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Object> properties = ex.getBody().getProperties();
		if (properties != null && properties.get("errors") instanceof List<?> problems) {
			for (Object problem : problems) {
				if (problem instanceof FieldProblem field) {
					errors.putIfAbsent(field.field(), field.message());
				}
			}
		}
		return errors;
	}

}
