package org.marketplace.complaints.query.ops.processors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/ops/processors (operators only, security.EndpointRoles). */
@RestController
@Tag(name = "Operations")
class ProcessorsController {

    private final ProcessorStatuses statuses;

    ProcessorsController(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    @Operation(summary = "Every event processor: state, position, lag behind the head, replay and rebuild progress")
    @GetMapping("/api/ops/processors")
    List<ProcessorStatus> processors() {
        return statuses.all();
    }
}
