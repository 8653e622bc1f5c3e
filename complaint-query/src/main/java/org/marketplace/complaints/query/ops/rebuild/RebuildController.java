package org.marketplace.complaints.query.ops.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus;
import org.marketplace.complaints.query.ops.processors.ProcessorStatuses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/ops/processors/{name}/rebuild (operators only): 202, with the processor's status showing the rebuild;
 * GET /api/ops/processors follows its progress until the rebuilt tables are switched in.
 */
@RestController
@Tag(name = "Operations")
class RebuildController {

    private final ReadModelRebuild rebuild;
    private final ProcessorStatuses statuses;

    RebuildController(ReadModelRebuild rebuild, ProcessorStatuses statuses) {
        this.rebuild = rebuild;
        this.statuses = statuses;
    }

    @Operation(summary = "Rebuild a read model from the first event; queries read the old data until it has caught up")
    @PostMapping("/api/ops/processors/{name}/rebuild")
    ResponseEntity<ProcessorStatus> rebuild(@PathVariable String name) {
        rebuild.start(name);
        return ResponseEntity.accepted().body(statuses.of(name).orElseThrow());
    }
}
