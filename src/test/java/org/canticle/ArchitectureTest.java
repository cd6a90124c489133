package org.canticle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The project's rules of layout, each with the reason it exists. */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.canticle");
	}

	@Test
	void theMusicCoreIsPlainJava() {
		noClasses().that()
			.resideInAPackage("org.canticle.chart..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..",
					"org.canticle.song..", "org.canticle.profile..", "org.canticle.plan..", "org.canticle.account..",
					"org.canticle.system..")
			.because("the chart engine must stay testable and reusable without Spring or a database (DESIGN.md)")
			.check(classes);
	}

	@Test
	void onlyRepositoriesTalkSql() {
		noClasses().that()
			.resideInAPackage("org.canticle..")
			.and()
			.haveSimpleNameNotEndingWith("Repository")
			.and()
			.resideOutsideOfPackages("org.canticle.system..", "org.canticle.bench..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("a query you cannot find in a repository is a query nobody budgeted")
			.check(classes);
	}

	@Test
	void noLazyLoadingOrm() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.hibernate.orm..", "org.hibernate.annotations..")
			.because("plain SQL through JdbcClient: no query happens that the code does not show")
			.check(classes);
	}

	@Test
	void dataCarriersAreRecordsNotLegacyDates() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Date")
			.because("java.time says what it means; java.util.Date does not")
			.check(classes);
	}

	@Test
	void featuresDoNotFormCycles() {
		slices().matching("org.canticle.(*)..")
			.should()
			.beFreeOfCycles()
			.because("features depend one way, as DESIGN.md's package table says")
			.check(classes);
	}

	@Test
	void controllersStayPackagePrivate() {
		classes().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.notBePublic()
			.because("a controller is an entry point, never an API for other features")
			.check(classes);
	}

}
