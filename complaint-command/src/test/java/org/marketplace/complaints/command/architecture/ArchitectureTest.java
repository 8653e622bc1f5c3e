package org.marketplace.complaints.command.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the layout of conventions.md: command and query meet only in the published language, and the packages use
 * one another one way only.
 */
@AnalyzeClasses(packages = "org.marketplace.complaints", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule writeSideNeverReachesIntoTheReadSide = noClasses()
            .that().resideInAPackage("org.marketplace.complaints.command..")
            .should().dependOnClassesThat().resideInAPackage("org.marketplace.complaints.query..");

    @ArchTest
    static final ArchRule publishedLanguageStaysFreeOfFrameworks = noClasses()
            .that().resideInAPackage("org.marketplace.complaints.api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.fasterxml.jackson.databind..", "org.marketplace.complaints.command..",
                    "org.marketplace.complaints.query..");

    @ArchTest
    static final ArchRule theAggregateDecidesWithoutWebOrStorage = noClasses()
            .that().resideInAPackage("org.marketplace.complaints.command.complaint..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.jdbc..", "java.sql..");

    /**
     * Every package uses another one way only. ArchUnit reads the bytecode, into which a compile-time constant is
     * copied: web.Caller's use of config.MessageMetadata's keys is not seen there, yet it is a dependency all the
     * same when deciding where a class belongs.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("org.marketplace.complaints.command.(**)")
            .should().beFreeOfCycles();

    /** The published language too (commands, events, views, rules): it has no architecture test of its own. */
    @ArchTest
    static final ArchRule publishedLanguageIsFreeOfCycles = slices()
            .matching("org.marketplace.complaints.api.(**)")
            .should().beFreeOfCycles();
}
