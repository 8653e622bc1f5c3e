package org.marketplace.complaints.command.arbitration;

import static org.marketplace.complaints.command.web.ComplaintPaths.ONE;
import static org.marketplace.complaints.command.web.ComplaintPaths.complaintId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.command.IssueRuling;
import org.marketplace.complaints.command.web.Caller;
import org.marketplace.complaints.command.web.CommandSender;
import org.marketplace.complaints.platform.web.ActingAs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The binding ruling, on exactly the facts the arbitrator saw when an If-Match is sent. */
@RestController
@Tag(name = "Arbitration")
class RulingController {

    private final CommandSender commands;

    RulingController(CommandSender commands) {
        this.commands = commands;
    }

    @Operation(summary = "Rule on the complaint (assigned ARBITRATOR)",
            description = "With If-Match, a complaint that changed since that version is refused with "
                    + "409 CONCURRENT_MODIFICATION instead of being ruled on facts the arbitrator has not seen.")
    @PostMapping(ONE + "/ruling")
    ResponseEntity<Void> rule(@PathVariable UUID id, @Valid @RequestBody RulingRequest body,
                              @Parameter(description = "the stream version seen: sequence number of the last event")
                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                              @ActingAs(Role.ARBITRATOR) Caller caller) {
        return commands.send(caller, at -> new IssueRuling(complaintId(id), caller.actor(), body.outcome(),
                body.remedy().toRemedy(), body.rationale(), StreamVersion.parse(ifMatch), at)).ok();
    }
}
