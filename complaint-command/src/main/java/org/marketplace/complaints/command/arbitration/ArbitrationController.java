package org.marketplace.complaints.command.arbitration;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.EvidenceRequestId;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.RequestEvidence;
import org.marketplace.complaints.api.command.RequestIntervention;
import org.marketplace.complaints.api.command.SuggestWithdrawal;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.command.web.NoteRequest;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The platform steps in (天猫介入仲裁) and works the case; who has it (AssignmentController) and the ruling apart. */
@RestController
@RequestMapping(ONE)
@Tag(name = "Arbitration")
class ArbitrationController {

    private final CommandSender commands;

    ArbitrationController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Ask the platform to intervene while negotiating (BUYER or SELLER of the complaint)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/intervention-request")
    ResponseEntity<Void> requestIntervention(@PathVariable UUID id,
                                             @Valid @RequestBody(required = false) NoteRequest body,
                                             @ActingAs({Role.BUYER, Role.SELLER}) Caller caller) {
        return commands.sendAsParty(caller, (actor, at) -> new RequestIntervention(complaintId(id), actor,
                NoteRequest.noteOf(body), at)).accepted();
    }

    @Operation(summary = "Ask the buyer, the seller or both for evidence by a due time (assigned ARBITRATOR)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/evidence-requests")
    ResponseEntity<Void> requestEvidence(@PathVariable UUID id, @Valid @RequestBody EvidenceRequestBody body,
                                         @ActingAs(Role.ARBITRATOR) Caller caller) {
        EvidenceRequestId requestId = new EvidenceRequestId(UUID.randomUUID().toString());
        return commands.send(caller, at -> new RequestEvidence(complaintId(id), caller.actor(), requestId,
                body.from(), body.dueBy(), body.note(), at)).accepted();
    }

    @Operation(summary = "Suggest that the buyer withdraw, with a rationale (assigned ARBITRATOR)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/withdrawal-suggestion")
    ResponseEntity<Void> suggestWithdrawal(@PathVariable UUID id, @Valid @RequestBody SuggestionRequest body,
                                           @ActingAs(Role.ARBITRATOR) Caller caller) {
        return commands.send(caller, at -> new SuggestWithdrawal(complaintId(id), caller.actor(),
                body.rationale(), at)).accepted();
    }
}
