package org.marketplace.complaints.command.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layout of conventions.md: command and query meet only in the published language. */
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
}
