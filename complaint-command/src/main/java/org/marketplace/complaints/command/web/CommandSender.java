package org.marketplace.complaints.command.web;

import org.marketplace.complaints.platform.web.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.marketplace.complaints.command.integrity.AppendedPositions;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.springframework.stereotype.Component;

/**
 * The one way the endpoints reach the aggregate: builds the command at the clock's now (the api records'
 * checks become a 400), sends it with the caller's correlation metadata and waits until its events are stored.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final AppendedPositions appended;
    private final EventPositions positions;
    private final Clock clock;

    CommandSender(CommandGateway gateway, AppendedPositions appended, EventPositions positions, Clock clock) {
        this.gateway = gateway;
        this.appended = appended;
        this.positions = positions;
        this.clock = clock;
    }

    /**
     * The answer's position is the one the append recorded for this command message; only a command that stored
     * nothing asks the store for the complaint's last position.
     */
    public <R> Sent<R> send(Caller caller, Function<Instant, ? extends ComplaintCommand> command) {
        ComplaintCommand built = build(command, clock.instant());
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(built).andMetaData(caller.metaData());
        try (AppendedPositions.Watch watch = appended.watch(message.getIdentifier())) {
            R result = gateway.sendAndWait(message);
            long position = watch.position().orElseGet(() -> positions.lastOf(built.complaintId()));
            return new Sent<>(built.complaintId(), result, position);
        }
    }

    /**
     * For an endpoint of both parties: the caller acts in the first of its roles in which the complaint knows it
     * (its buyer, else its seller). The complaint's own history decides that: a refusal as NOT_A_PARTY stores
     * nothing, and the caller is tried in its next role; the last refusal is the answer.
     */
    public <R> Sent<R> sendAsParty(Caller caller, BiFunction<Actor, Instant, ? extends ComplaintCommand> command) {
        try {
            return send(caller, at -> command.apply(caller.actor(), at));
        } catch (ComplaintRuleViolation refused) {
            Optional<Caller> next = caller.inNextRole();
            if (refused.code() != RuleCode.NOT_A_PARTY || next.isEmpty()) {
                throw refused;
            }
            return sendAsParty(next.get(), command);
        }
    }

    private static ComplaintCommand build(Function<Instant, ? extends ComplaintCommand> command, Instant now) {
        try {
            return command.apply(now);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException(invalid);
        }
    }
}
