package org.marketplace.complaints.command.reconsideration;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.DecideReconsideration;
import org.marketplace.complaints.api.command.RequestReconsideration;
import org.marketplace.complaints.command.arbitration.StreamVersion;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A second look at a ruling (复核): asked once by a party, decided by an arbitrator other than the one who ruled. */
@RestController
@RequestMapping(ONE + "/reconsideration")
@Tag(name = "Reconsideration")
class ReconsiderationController {

    private final CommandSender commands;

    ReconsiderationController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Ask for the ruling to be reconsidered, with a statement and new evidence (BUYER or SELLER "
            + "of the complaint, once, within the reconsideration window)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping
    ResponseEntity<Void> request(@PathVariable UUID id, @Valid @RequestBody ReconsiderationRequestBody body,
                                 @ActingAs({Role.BUYER, Role.SELLER}) Caller caller) {
        // as the party the complaint knows the caller by: a seller who also buys asks as the seller of their shop
        return commands.sendAsParty(caller, (actor, at) -> new RequestReconsideration(complaintId(id), actor,
                body.statement(), EvidenceItemRequest.toItems(body.evidence()), at)).accepted();
    }

    @Operation(summary = "Uphold or revise the ruling (the ARBITRATOR who took the reconsideration)",
            description = "With If-Match, a complaint that changed since that version is refused with "
                    + "409 CONCURRENT_MODIFICATION, as for a ruling.")
    @PostMapping("/decision")
    ResponseEntity<Void> decide(@PathVariable UUID id, @Valid @RequestBody ReconsiderationDecisionBody body,
                                @Parameter(description = "the stream version seen: sequence number of the last event")
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @ActingAs(Role.ARBITRATOR) Caller caller) {
        return commands.send(caller, at -> new DecideReconsideration(complaintId(id), caller.actor(), body.uphold(),
                body.note(), body.outcome(), body.remedy() == null ? null : body.remedy().toRemedy(), body.rationale(),
                StreamVersion.parse(ifMatch), at)).ok();
    }
}
