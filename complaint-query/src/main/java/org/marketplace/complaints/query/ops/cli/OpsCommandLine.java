package org.marketplace.complaints.query.ops.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar complaint-query.jar ops <command>}: runs one operation once the context is up (without a web
 * server: {@link OpsMode}), prints its answer as JSON on stdout and ends the process with its exit code
 * ({@link ExitCodes}). Without "ops" as the first argument the service starts as usual and this does nothing.
 */
@Component
class OpsCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final OpsCommands commands;
    private final ObjectMapper json;
    private final ApplicationContext context;
    private final boolean exitWhenDone;
    private int exitCode = ExitCodes.OK;

    /** {@code exitWhenDone}: false only in tests, which run the command inside their own JVM. */
    OpsCommandLine(OpsCommands commands, ObjectMapper json, ApplicationContext context,
                   @Value("${complaints.ops.exit-when-done:true}") boolean exitWhenDone) {
        this.commands = commands;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.context = context;
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty() || !words.get(0).equals(OpsMode.ARGUMENT)) {
            return;
        }
        exitCode = execute(words.subList(1, words.size()), System.out, System.err);
        if (exitWhenDone) {
            // the event processors' threads would keep the JVM alive: end it, through Boot's orderly shutdown
            System.exit(SpringApplication.exit(context));
        }
    }

    int execute(List<String> command, PrintStream out, PrintStream err) {
        try {
            OpsCommands.Result result = commands.run(command);
            out.println(json.writeValueAsString(result.answer()));
            return result.exitCode();
        } catch (OpsCommands.UsageException wrong) {
            err.println(wrong.getMessage());
            err.print(OpsCommands.USAGE);
            return ExitCodes.USAGE;
        } catch (Exception failed) {
            err.println("ops " + String.join(" ", command) + " failed: " + failed.getMessage());
            return ExitCodes.FAILED;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
