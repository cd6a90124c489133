package org.canticle.importing;

/**
 * A file (or archive entry) that cannot be imported; {@code line} is 1-based, or 0 when
 * no line is to blame.
 */
public class ImportRefusedException extends RuntimeException {

	private final int line;

	ImportRefusedException(String reason) {
		this(reason, 0);
	}

	ImportRefusedException(String reason, int line) {
		super(reason, null, false, false);
		this.line = line;
	}

	int line() {
		return line;
	}

}
