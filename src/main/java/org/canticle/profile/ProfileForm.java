package org.canticle.profile;

import java.util.Arrays;
import java.util.List;

/** The new-profile form as typed; instruments comma separated. */
public record ProfileForm(String name, String email, String instruments, String notes) {

	static ProfileForm empty() {
		return new ProfileForm("", "", "", "");
	}

	ProfileInput input() {
		List<String> list = instruments == null || instruments.isBlank() ? List.of()
				: Arrays.stream(instruments.split(",")).map(String::strip).filter(i -> !i.isEmpty()).toList();
		return new ProfileInput(text(name), email == null || email.isBlank() ? null : email.strip(), list, text(notes));
	}

	public String value(String text) {
		return text == null ? "" : text;
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

}
