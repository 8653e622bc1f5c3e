package org.marketplace.complaints.query.ops.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dead letters of the read models, for operators (the OPERATOR role: security.EndpointRoles). */
@RestController
@Tag(name = "Operations")
class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "Events a projection failed on, per processor, with the error (OPERATOR)")
    @GetMapping("/api/ops/dead-letters")
    List<ProcessorDeadLetters> list() {
        return deadLetters.list();
    }

    @Operation(summary = "Retry a processor's dead letters in order; answers what was applied and what is left (OPERATOR)")
    @PostMapping("/api/ops/dead-letters/{processor}/retry")
    RetryOutcome retry(@PathVariable String processor) {
        return deadLetters.retry(processor);
    }
}
