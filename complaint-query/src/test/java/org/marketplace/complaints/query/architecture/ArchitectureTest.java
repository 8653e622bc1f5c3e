package org.marketplace.complaints.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layout of conventions.md: the read side meets the write side only in the published language, and its
 * packages use one another one way only.
 */
@AnalyzeClasses(packages = "org.marketplace.complaints", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule readSideNeverReachesIntoTheWriteSide = noClasses()
            .that().resideInAPackage("org.marketplace.complaints.query..")
            .should().dependOnClassesThat().resideInAPackage("org.marketplace.complaints.command..");

    @ArchTest
    static final ArchRule theReadSideNeverSendsCommands = noClasses()
            .that().resideInAPackage("org.marketplace.complaints.query..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.marketplace.complaints.api.command..", "org.axonframework.commandhandling.gateway..");

    /**
     * No two features lean on each other: each top-level package (readmodel, freshness, tokens, ops…) is a slice,
     * so a cycle through a sub-package (freshness, readmodel.tables, readmodel) counts as well.
     */
    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.marketplace.complaints.query.(*)..")
            .should().beFreeOfCycles();

    /**
     * Nor do the packages within one: each package is a slice of its own, so ops.rebuild, ops.processors,
     * ops.cluster and the other operators' features may use one another one way only.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("org.marketplace.complaints.query.(**)")
            .should().beFreeOfCycles();
}
