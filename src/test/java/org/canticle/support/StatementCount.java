package org.canticle.support;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The SQL statements a request sent, as the application's own counter saw them. */
public final class StatementCount {

	private StatementCount() {
	}

	public static int of(MvcTestResult result) {
		Object count = result.getMvcResult().getRequest().getAttribute("canticle.sqlStatements");
		if (count == null) {
			throw new AssertionError("the request was not counted: is RequestLogFilter in the chain?");
		}
		return (Integer) count;
	}

}
