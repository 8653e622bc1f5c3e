package org.marketplace.complaints.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layout of conventions.md: the read side meets the write side only in the published language. */
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
}
