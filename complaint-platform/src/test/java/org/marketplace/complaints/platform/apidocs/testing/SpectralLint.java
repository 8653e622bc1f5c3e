package org.marketplace.complaints.platform.apidocs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lints a service's OpenAPI document with Spectral and the OWASP ruleset of complaint-openapi/ (its .spectral.yaml
 * and the Spectral that its package-lock.json pins, installed there by Maven's npm ci). The document is kept under
 * the module's target/openapi/ for a look at what was linted; an error fails with Spectral's report.
 */
public final class SpectralLint {

    private static final String LINT_MODULE = "complaint-openapi";

    private SpectralLint() {
    }

    /** Writes the document to target/openapi/{name}.json and fails on any Spectral error. */
    public static void assertNoErrors(String name, String document) throws IOException, InterruptedException {
        // a Java-only build (-Dskip.npm) has no node_modules to lint with
        assumeTrue(System.getProperty("skip.npm") == null, "-Dskip.npm: the OpenAPI lint needs npm");
        Path lint = lintModule();
        Path spectral = lint.resolve("node_modules/@stoplight/spectral-cli/dist/index.js");
        if (!Files.exists(spectral)) {
            fail("Spectral is not installed in " + lint + ": run `npm ci` there (Maven does it in complaint-openapi)");
        }
        Path file = Path.of("target", "openapi", name + ".json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, document, StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(List.of("node", spectral.toString(), "lint", file.toString(),
                "--ruleset", lint.resolve(".spectral.yaml").toString(), "--fail-severity=error",
                "--display-only-failures", "--format=stylish"))
                .directory(lint.toFile()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Spectral did not finish in 2 minutes:\n" + report);
        }
        assertThat(process.exitValue()).as("Spectral's errors in %s:%n%s", file, report).isZero();
    }

    /** complaint-openapi/ beside the module the tests run in, found upwards from the working directory. */
    private static Path lintModule() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(LINT_MODULE).resolve(".spectral.yaml"))) {
                return dir.resolve(LINT_MODULE);
            }
        }
        throw new IllegalStateException(LINT_MODULE + "/.spectral.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
