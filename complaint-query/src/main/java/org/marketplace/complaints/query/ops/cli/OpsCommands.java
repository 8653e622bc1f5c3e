package org.marketplace.complaints.query.ops.cli;

import java.util.List;
import org.marketplace.complaints.query.ops.deadletters.DeadLetters;
import org.marketplace.complaints.query.ops.processors.ProcessorStatuses;
import org.marketplace.complaints.query.ops.rebuild.ReadModelRebuild;
import org.marketplace.complaints.query.ops.reconciliation.ReadModelReconciliation;
import org.marketplace.complaints.query.ops.reconciliation.Reconciliation;
import org.springframework.stereotype.Component;

/** The operations of the command line, through the same services as the HTTP endpoints. */
@Component
class OpsCommands {

    static final String USAGE = """
            usage: java -jar complaint-query.jar ops <command>
              processors            each event processor: state, position, lag, replay and rebuild progress
              rebuild <processor>   start rebuilding that read model from the first event
              dead-letters          the events each read model failed on, with the error
              retry <processor>     retry a processor's dead letters in order
              reconcile             each read model against the event store (exit 3 when a complaint is missing)
            """;

    private final ProcessorStatuses processors;
    private final ReadModelRebuild rebuild;
    private final DeadLetters deadLetters;
    private final Reconciliation reconciliation;

    OpsCommands(ProcessorStatuses processors, ReadModelRebuild rebuild, DeadLetters deadLetters,
                Reconciliation reconciliation) {
        this.processors = processors;
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
        this.reconciliation = reconciliation;
    }

    /** Runs {@code command} (the arguments after "ops"); throws UsageException for anything it does not know. */
    Result run(List<String> command) {
        String name = command.isEmpty() ? "" : command.get(0);
        return switch (name) {
            case "processors" -> Result.ok(processors.all());
            case "rebuild" -> rebuilt(argument(command, "rebuild <processor>"));
            case "dead-letters" -> Result.ok(deadLetters.list());
            case "retry" -> Result.ok(deadLetters.retry(argument(command, "retry <processor>")));
            case "reconcile" -> reconciled(reconciliation.run());
            default -> throw new UsageException(name.isEmpty() ? "no command" : "unknown command: " + name);
        };
    }

    /** Started, as POST …/rebuild answers 202: the service's processors carry it on, and switch when it is done. */
    private Result rebuilt(String processor) {
        rebuild.start(processor);
        return Result.ok(processors.of(processor).orElseThrow());
    }

    private static Result reconciled(List<ReadModelReconciliation> models) {
        boolean consistent = models.stream().allMatch(model -> model.missingCount() == 0);
        return new Result(models, consistent ? ExitCodes.OK : ExitCodes.INCONSISTENT);
    }

    private static String argument(List<String> command, String usage) {
        if (command.size() != 2) {
            throw new UsageException("expected: " + usage);
        }
        return command.get(1);
    }

    /** What to print, and how the process ends. */
    record Result(Object answer, int exitCode) {

        static Result ok(Object answer) {
            return new Result(answer, ExitCodes.OK);
        }
    }

    static class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
