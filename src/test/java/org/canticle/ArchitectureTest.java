package org.canticle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
					"org.canticle.system..", "org.canticle.importing..", "org.canticle.printing..",
					"org.canticle.backup..", "org.canticle.report..", "org.canticle.sharing..", "org.canticle.demo..")
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

	/**
	 * The package table of docs/architecture.md, "may use" column. The features on top
	 * ({@code importing}, {@code printing}, {@code backup}, {@code report},
	 * {@code sharing}, {@code demo}) use the core features and {@code account} (only
	 * through its public types, which Java already enforces), never each other, except
	 * that {@code backup} reads its archive through {@code importing}'s safe zip reader
	 * and limits. {@code account} may read other features' tables by SQL, but not use
	 * their code; {@code system} uses no feature at all, so cross-cutting needs that a
	 * feature fulfils (the audit, a feature's URL rules) are interfaces in {@code system}
	 * that the feature implements.
	 */
	@Test
	void featuresUseOnlyWhatThePackageTableAllows() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("chart")
			.definedBy("org.canticle.chart..")
			.layer("song")
			.definedBy("org.canticle.song..")
			.layer("profile")
			.definedBy("org.canticle.profile..")
			.layer("plan")
			.definedBy("org.canticle.plan..")
			.layer("account")
			.definedBy("org.canticle.account..")
			.layer("system")
			.definedBy("org.canticle.system..")
			.layer("demo")
			.definedBy("org.canticle.demo..")
			.layer("importing")
			.definedBy("org.canticle.importing..")
			.layer("printing")
			.definedBy("org.canticle.printing..")
			.layer("backup")
			.definedBy("org.canticle.backup..")
			.layer("report")
			.definedBy("org.canticle.report..")
			.layer("sharing")
			.definedBy("org.canticle.sharing..")
			.layer("schedule")
			.definedBy("org.canticle.schedule..")
			.layer("mail")
			.definedBy("org.canticle.mail..")
			.whereLayer("chart")
			.mayNotAccessAnyLayer()
			.whereLayer("song")
			.mayOnlyAccessLayers("chart", "system")
			.whereLayer("profile")
			.mayOnlyAccessLayers("song", "system")
			.whereLayer("plan")
			.mayOnlyAccessLayers("song", "profile", "chart", "system")
			.whereLayer("account")
			.mayOnlyAccessLayers("system")
			.whereLayer("system")
			.mayNotAccessAnyLayer()
			.whereLayer("demo")
			.mayOnlyAccessLayers("chart", "song", "profile", "plan", "account", "system")
			.whereLayer("importing")
			.mayOnlyAccessLayers("chart", "song", "system")
			.whereLayer("printing")
			.mayOnlyAccessLayers("chart", "song", "plan", "system")
			.whereLayer("backup")
			.mayOnlyAccessLayers("importing", "system")
			.whereLayer("report")
			.mayOnlyAccessLayers("plan", "system")
			.whereLayer("sharing")
			.mayOnlyAccessLayers("plan", "account", "system")
			.whereLayer("schedule")
			.mayOnlyAccessLayers("plan", "profile", "account", "mail", "system")
			.whereLayer("mail")
			.mayOnlyAccessLayers("system")
			.because("features depend one way, as DESIGN.md's package table says: a lower feature that reached up "
					+ "(a song needing accounts) would tie the library to sign-in and invite cycles")
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
