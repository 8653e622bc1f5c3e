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
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.springframework.stereotype.Component;

/**
 * The one way the endpoints reach the aggregate: builds the command at the clock's now (the api records'
 * checks become a 400), sends it with the caller's correlation metadata and waits until its events are stored.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final EventPositions positions;
    private final Clock clock;

    CommandSender(CommandGateway gateway, EventPositions positions, Clock clock) {
        this.gateway = gateway;
        this.positions = positions;
        this.clock = clock;
    }

    public <R> Sent<R> send(Caller caller, Function<Instant, ? extends ComplaintCommand> command) {
        ComplaintCommand built = build(command, clock.instant());
        R result = gateway.sendAndWait(built, caller.metaData());
        return new Sent<>(built.complaintId(), result, positions.lastOf(built.complaintId()));
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
