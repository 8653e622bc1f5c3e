package org.marketplace.complaints.command.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.FileComplaint;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.command.web.ComplaintPaths;
import org.marketplace.complaints.command.web.Sent;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Filing")
class FilingController {

    private final CommandSender commands;
    private final DeadlinePolicy deadlinePolicy;
    private final EarlierSpellings earlierSpellings;

    FilingController(CommandSender commands, DeadlinePolicy deadlinePolicy, EarlierSpellings earlierSpellings) {
        this.commands = commands;
        this.deadlinePolicy = deadlinePolicy;
        this.earlierSpellings = earlierSpellings;
    }

    @Operation(summary = "File a complaint about an order (BUYER)",
            description = "One complaint per (buyer, order, category), ever: filing the same key again answers "
                    + "409 COMPLAINT_ALREADY_OPEN (with complaintId), REFILE_AFTER_WITHDRAWAL, ALREADY_RULED or ALREADY_SETTLED. "
                    + "The order id is compared in its canonical form (NFKC, trimmed, lower case; letters, digits and "
                    + "-_.:/# only, 1-64 characters), so another spelling of the same order is the same key. "
                    + "The deadline windows in force now are recorded with the complaint.")
    @ResponseStatus(HttpStatus.CREATED) // as answered below; the API document reads it here
    @PostMapping(ComplaintPaths.BASE)
    ResponseEntity<ComplaintFiledAnswer> file(@Valid @RequestBody FileComplaintRequest body,
                                              @ActingAs(Role.BUYER) Caller caller) {
        BuyerId buyer = new BuyerId(caller.actor().id());
        Sent<Object> sent = commands.send(caller, at -> {
            FileComplaint filing = body.toCommand(buyer, deadlinePolicy, at);
            return earlierSpellings.of(filing).map(filing::onto).orElse(filing);
        });
        return sent.created(ComplaintPaths.location(sent.complaintId()),
                new ComplaintFiledAnswer(sent.complaintId().toString()));
    }
}
