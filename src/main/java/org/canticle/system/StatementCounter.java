package org.canticle.system;

/**
 * Counts the SQL statements the current thread sends while a request is being served. A
 * servlet request runs on one thread from filter to response, so a thread-local is the
 * whole of the bookkeeping.
 */
public final class StatementCounter {

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	private StatementCounter() {
	}

	static void start() {
		COUNT.set(new int[1]);
	}

	static int stop() {
		int[] count = COUNT.get();
		COUNT.remove();
		return count == null ? 0 : count[0];
	}

	/** Statements sent so far in this request, or 0 outside one. */
	public static int current() {
		int[] count = COUNT.get();
		return count == null ? 0 : count[0];
	}

	static void increment() {
		int[] count = COUNT.get();
		if (count != null) {
			count[0]++;
		}
	}

}
