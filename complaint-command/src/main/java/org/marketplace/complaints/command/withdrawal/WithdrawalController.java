package org.marketplace.complaints.command.withdrawal;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.marketplace.complaints.api.command.DecideWithdrawalRequest;
import org.marketplace.complaints.api.command.DeclineWithdrawalSuggestion;
import org.marketplace.complaints.api.command.WithdrawComplaint;
import org.marketplace.complaints.api.command.WithdrawalResult;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.command.web.NoteRequest;
import org.marketplace.complaints.command.web.Sent;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Taking a complaint back (撤销投诉): at once, or as a request the platform reviews. */
@RestController
@RequestMapping(ONE)
@Tag(name = "Withdrawal")
class WithdrawalController {

    private final CommandSender commands;

    WithdrawalController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Withdraw the complaint, or ask to (BUYER who filed)",
            description = "200 {outcome: WITHDRAWN} when withdrawn at once; 202 {outcome: PENDING_REVIEW, requestId} "
                    + "when the platform reviews the request (after a ruling: with at least one new evidence item). "
                    + "409 WITHDRAWAL_REPEATED: a reason rejected before comes back only with new evidence; "
                    + "409 TOO_MANY_WITHDRAWAL_REQUESTS: a complaint takes at most three requests.")
    @ApiResponse(responseCode = "200", description = "Withdrawn at once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WithdrawalAnswer.class)))
    @ApiResponse(responseCode = "202", description = "A withdrawal request the platform reviews",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WithdrawalAnswer.class)))
    @PostMapping("/withdrawal")
    ResponseEntity<WithdrawalAnswer> withdraw(@PathVariable UUID id, @Valid @RequestBody WithdrawRequest body,
                                              @ActingAs(Role.BUYER) Caller caller) {
        // the id is only used when the rules turn the withdrawal into a request
        WithdrawalRequestId requestId = new WithdrawalRequestId(UUID.randomUUID().toString());
        Sent<WithdrawalResult> sent = commands.send(caller, at -> new WithdrawComplaint(complaintId(id),
                caller.actor(), body.reason(), body.note(), EvidenceItemRequest.toItems(body.evidence()), requestId, at));
        WithdrawalAnswer answer = WithdrawalAnswer.of(sent.result());
        return sent.answer(answer.withdrawn() ? HttpStatus.OK : HttpStatus.ACCEPTED, answer);
    }

    @Operation(summary = "Approve or reject a pending withdrawal request (ARBITRATOR; after a ruling, not the one who ruled)")
    @PostMapping("/withdrawal-requests/{requestId}/decision")
    ResponseEntity<Void> decide(@PathVariable UUID id, @PathVariable UUID requestId,
                                @Valid @RequestBody WithdrawalDecisionRequest body,
                                @ActingAs(Role.ARBITRATOR) Caller caller) {
        return commands.send(caller, at -> new DecideWithdrawalRequest(complaintId(id), caller.actor(),
                new WithdrawalRequestId(requestId.toString()), body.approve(), body.note(), at)).ok();
    }

    @Operation(summary = "Decline the platform's suggestion to withdraw; the case goes on to a ruling (BUYER)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/withdrawal-suggestion/decline")
    ResponseEntity<Void> declineSuggestion(@PathVariable UUID id, @Valid @RequestBody(required = false) NoteRequest body,
                                           @ActingAs(Role.BUYER) Caller caller) {
        return commands.send(caller, at -> new DeclineWithdrawalSuggestion(complaintId(id), caller.actor(),
                NoteRequest.noteOf(body), at)).accepted();
    }
}
