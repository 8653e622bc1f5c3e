package org.marketplace.complaints.query.ops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.query.QueryServiceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service started as the jar starts it, with "ops …" arguments: no HTTP port, the answer on stdout, the
 * outcome in the exit code. The process is not ended here (complaints.ops.exit-when-done=false): the test
 * asks Boot for the exit code the process would end with.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpsCommandLineTest {

    @Test
    void reconcile_printsEveryReadModelAsJson_withoutAnHttpPort_andExitsWithZero(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("ops", "reconcile")) {
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isNegative();
            assertThat(SpringApplication.exit(context)).isZero();
        }
        assertThat(output.getOut()).contains("\"readModel\" : \"my-complaints\"", "\"readModel\" : \"complaint-detail\"",
                "\"missing\" : [ ]");
    }

    @Test
    void processors_printsEachProcessorsStatus_andExitsWithZero(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("ops", "processors")) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        assertThat(output.getOut()).contains("\"name\" : \"my-complaints\"", "\"name\" : \"arbitration-queue\"");
    }

    @Test
    void rebuild_startsTheRebuild_andPrintsTheProcessorsStatus(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("ops", "rebuild", "complaint-detail")) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        // on this empty store the rebuild may already be switched in when the status is printed
        assertThat(output.getOut()).contains("\"name\" : \"complaint-detail\"", "\"activeTables\"");
    }

    @Test
    void anUnknownCommand_printsTheUsage_andExitsWithTwo(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("ops", "frobnicate")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
        assertThat(output.getErr()).contains("unknown command: frobnicate", "usage:", "retry <processor>");
    }

    @Test
    void aRetryOfAnUnknownProcessor_fails_andExitsWithOne(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("ops", "retry", "no-such-processor")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
        assertThat(output.getErr()).contains("no event processor 'no-such-processor'");
    }

    private static ConfigurableApplicationContext run(String... arguments) {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("complaints.ops.exit-when-done=false").run(arguments);
    }
}
