package org.marketplace.complaints.platform.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shared parts use one another one way only: security answers with web's problem+json and reads web's
 * ActingAs, so web (the problems, the input checks) must not need security back; apidocs, integrity and
 * serialization likewise.
 */
@AnalyzeClasses(packages = "org.marketplace.complaints.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("org.marketplace.complaints.platform.(**)")
            .should().beFreeOfCycles();
}
