package org.canticle.account;

import org.canticle.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class FirstAdminIT {

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEnvironmentsAdminIsIgnoredOnceThereAreUsers() {
		accounts.create(Role.MEMBER);
		String email = Accounts.uniqueEmail("env-admin");
		assertThat(firstAdmin.createIfNoUsers(email, null, "Vestry-Door-Code-7781")).isFalse();
		assertThat(count(email)).isZero();
	}

	@Test
	@Transactional // rolled back: the table is empty only inside this test's transaction
	void theEnvironmentsAdminIsCreatedWhenThereIsNoUser() {
		jdbc.sql("DELETE FROM app_user").update();
		String email = Accounts.uniqueEmail("env-admin");
		assertThat(firstAdmin.createIfNoUsers(email.toUpperCase(), "Env admin", "Vestry-Door-Code-7781")).isTrue();
		assertThat(jdbc.sql("SELECT role FROM app_user WHERE email = ?").param(email).query(String.class).single())
			.isEqualTo("ADMIN");
		assertThat(firstAdmin.createIfNoUsers(Accounts.uniqueEmail("second"), null, "Vestry-Door-Code-7781")).isFalse();
	}

	@Test
	@Transactional
	void aWeakPasswordFromTheEnvironmentStopsTheStart() {
		jdbc.sql("DELETE FROM app_user").update();
		assertThatThrownBy(() -> firstAdmin.createIfNoUsers(Accounts.uniqueEmail("env"), null, "password1"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CANTICLE_ADMIN_PASSWORD");
	}

	private long count(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = ?").param(email).query(Long.class).single();
	}

}
