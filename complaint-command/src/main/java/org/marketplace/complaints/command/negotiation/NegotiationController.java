package org.marketplace.complaints.command.negotiation;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.AcceptSettlementOffer;
import org.marketplace.complaints.api.command.DeclineSettlementOffer;
import org.marketplace.complaints.api.command.OfferSettlement;
import org.marketplace.complaints.api.command.RespondToComplaint;
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


/** Before the platform intervenes: the seller answers or offers, the buyer takes or leaves the offer. */
@RestController
@RequestMapping(ONE)
@Tag(name = "Negotiation")
class NegotiationController {

    private final CommandSender commands;

    NegotiationController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Respond to the complaint: ACKNOWLEDGE or DISPUTE (SELLER of the complaint)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/seller-response")
    ResponseEntity<Void> respond(@PathVariable UUID id, @Valid @RequestBody SellerResponseRequest body,
                                 @ActingAs(Role.SELLER) Caller caller) {
        return commands.send(caller, at -> new RespondToComplaint(complaintId(id), caller.actor(), body.position(),
                body.statement(), EvidenceItemRequest.toItems(body.evidence()), at)).accepted();
    }

    @Operation(summary = "Offer a settlement; counts as a response (SELLER of the complaint)")
    @ResponseStatus(HttpStatus.CREATED) // as answered below; the API document reads it here
    @PostMapping("/settlement-offers")
    ResponseEntity<OfferAnswer> offer(@PathVariable UUID id, @Valid @RequestBody SettlementOfferRequest body,
                                      @ActingAs(Role.SELLER) Caller caller) {
        OfferId offerId = new OfferId(UUID.randomUUID().toString());
        Sent<Object> sent = commands.send(caller, at -> new OfferSettlement(complaintId(id), caller.actor(), offerId,
                body.terms(), body.note(), at));
        return sent.answer(HttpStatus.CREATED, new OfferAnswer(offerId.toString()));
    }

    @Operation(summary = "Accept the open settlement offer (BUYER of the complaint)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/settlement-offers/{offerId}/acceptance")
    ResponseEntity<Void> accept(@PathVariable UUID id, @PathVariable UUID offerId,
                                @ActingAs(Role.BUYER) Caller caller) {
        return commands.send(caller, at -> new AcceptSettlementOffer(complaintId(id), caller.actor(),
                new OfferId(offerId.toString()), at)).accepted();
    }

    @Operation(summary = "Decline the open settlement offer (BUYER of the complaint)")
    @ResponseStatus(HttpStatus.ACCEPTED) // what Sent.accepted() answers; the API document reads it here
    @PostMapping("/settlement-offers/{offerId}/decline")
    ResponseEntity<Void> decline(@PathVariable UUID id, @PathVariable UUID offerId,
                                 @Valid @RequestBody(required = false) NoteRequest body,
                                 @ActingAs(Role.BUYER) Caller caller) {
        return commands.send(caller, at -> new DeclineSettlementOffer(complaintId(id), caller.actor(),
                new OfferId(offerId.toString()), NoteRequest.noteOf(body), at)).accepted();
    }
}
