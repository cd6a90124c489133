package org.canticle.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the whole application against a real database: H2 or PostgreSQL, whichever
 * the failsafe execution chose (system property {@code canticle.it.db}). Tests share the
 * database, so each makes its own data and never assumes an empty table.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TestDatabase.class)
@SpringBootTest
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
