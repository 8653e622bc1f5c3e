package org.marketplace.complaints.command.arbitration;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.AssignArbitrator;
import org.marketplace.complaints.api.command.ReassignArbitrator;
import org.marketplace.complaints.api.command.ReleaseAssignment;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.platform.web.ActingAs;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who has the case (docs/rules.md, "Who arbitrates"): an arbitrator takes an unassigned one and may give it back;
 * a supervisor hands any intervened case to the arbitrator they name.
 */
@RestController
@RequestMapping(ONE)
@Tag(name = "Arbitration")
class AssignmentController {

    private final CommandSender commands;

    AssignmentController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "ARBITRATOR: take an unassigned case (no body, or their own id); "
            + "SUPERVISOR: hand the case to {arbitratorId}, assigned or not")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/assignment")
    ResponseEntity<Void> assign(@PathVariable UUID id, @Valid @RequestBody(required = false) AssignmentRequest body,
                                @ActingAs({Role.SUPERVISOR, Role.ARBITRATOR}) Caller caller) {
        String named = body == null ? null : body.arbitratorId();
        // a supervisor who names someone reassigns; as an arbitrator (one who holds both roles too) they take it
        if (named != null && caller.actor().role() == Role.SUPERVISOR) {
            return commands.send(caller, at -> new ReassignArbitrator(complaintId(id), caller.actor(),
                    new ArbitratorId(named), at)).accepted();
        }
        Caller arbitrator = caller.inRole(Role.ARBITRATOR).orElseThrow(() -> new InvalidInputException(
                new IllegalArgumentException("arbitratorId is required: a supervisor names the arbitrator")));
        String assignee = named == null ? arbitrator.actor().id() : named;
        return commands.send(arbitrator, at -> new AssignArbitrator(complaintId(id), arbitrator.actor(),
                new ArbitratorId(assignee), at)).accepted();
    }

    @Operation(summary = "Put the case back into the queue (the assigned ARBITRATOR)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/assignment/release")
    ResponseEntity<Void> release(@PathVariable UUID id, @ActingAs(Role.ARBITRATOR) Caller caller) {
        return commands.send(caller, at -> new ReleaseAssignment(complaintId(id), caller.actor(), at)).accepted();
    }
}
