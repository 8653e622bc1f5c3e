package org.marketplace.complaints.command.evidence;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.SubmitEvidence;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Either party adds evidence until the ruling; it also answers an open evidence request. */
@RestController
@Tag(name = "Evidence")
class EvidenceController {

    private final CommandSender commands;

    EvidenceController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Add evidence (BUYER or SELLER of the complaint)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping(ONE + "/evidence")
    ResponseEntity<Void> submit(@PathVariable UUID id, @Valid @RequestBody SubmitEvidenceRequest body,
                                 @ActingAs({Role.BUYER, Role.SELLER}) Caller caller) {
        return commands.sendAsParty(caller, (actor, at) -> new SubmitEvidence(complaintId(id), actor,
                EvidenceItemRequest.toItems(body.evidence()), at)).accepted();
    }
}
