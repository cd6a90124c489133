package org.canticle.account;

import java.time.Instant;

/** A token just created: the only time {@code token} is ever shown. */
public record NewApiToken(long id, String name, String prefix, String token, Instant createdAt) {

	@Override
	public String toString() {
		return "NewApiToken[" + id + ", " + prefix + "…]";
	}

}
