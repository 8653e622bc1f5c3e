package org.marketplace.complaints.query.ops.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reconciliation check, for operators (the OPERATOR role: security.EndpointRoles). */
@RestController
@Tag(name = "Operations")
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Operation(summary = "Each read model against the event store: counts, positions, complaints not applied (OPERATOR)")
    @GetMapping("/api/ops/reconciliation")
    List<ReadModelReconciliation> reconcile() {
        return reconciliation.run();
    }
}
