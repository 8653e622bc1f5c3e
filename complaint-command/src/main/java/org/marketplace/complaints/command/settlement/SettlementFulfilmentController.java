package org.marketplace.complaints.command.settlement;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.ReportSettlementUnfulfilled;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** While an accepted settlement is carried out, the buyer's way to the platform when it is not. */
@RestController
@RequestMapping(ONE)
@Tag(name = "Settlement fulfilment")
class SettlementFulfilmentController {

    private final CommandSender commands;

    SettlementFulfilmentController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Report that the seller did not carry out the accepted settlement; the platform "
            + "intervenes (BUYER of the complaint)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/settlement-unfulfilled")
    ResponseEntity<Void> reportUnfulfilled(@PathVariable UUID id, @Valid @RequestBody UnfulfilledSettlementRequest body,
                                           @ActingAs(Role.BUYER) Caller caller) {
        return commands.send(caller, at -> new ReportSettlementUnfulfilled(complaintId(id), caller.actor(), body.note(),
                EvidenceItemRequest.toItems(body.evidence()), at)).accepted();
    }
}
