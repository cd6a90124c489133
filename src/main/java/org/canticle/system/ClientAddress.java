package org.canticle.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The address of the client behind a request. X-Forwarded-For is believed only when the
 * request comes from a trusted proxy, and then only up to the first address no trusted
 * proxy vouches for: anyone can write that header, so believing it from anywhere would
 * let a client pick its own rate-limit bucket.
 */
class ClientAddress {

	private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<IpAddressMatcher> trusted = new ArrayList<>();

	ClientAddress(List<String> trustedProxies) {
		for (String proxy : trustedProxies) {
			if (!proxy.isBlank()) {
				trusted.add(new IpAddressMatcher(proxy.strip()));
			}
		}
	}

	String of(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		if (trusted.isEmpty() || !isTrusted(remote)) {
			return remote;
		}
		List<String> forwarded = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String part : header.split(",")) {
				forwarded.add(part.strip());
			}
		}
		String client = remote;
		for (int i = forwarded.size() - 1; i >= 0; i--) {
			String address = forwarded.get(i);
			if (!ADDRESS.matcher(address).matches()) {
				break; // a malformed hop: trust nothing further left
			}
			client = address;
			if (!isTrusted(address)) {
				break;
			}
		}
		return client;
	}

	private boolean isTrusted(String address) {
		try {
			for (IpAddressMatcher matcher : trusted) {
				if (matcher.matches(address)) {
					return true;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not an address
		}
		return false;
	}

}
