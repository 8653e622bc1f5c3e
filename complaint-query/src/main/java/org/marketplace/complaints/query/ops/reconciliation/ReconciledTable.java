package org.marketplace.complaints.query.ops.reconciliation;

import java.util.List;
import org.marketplace.complaints.query.detail.ComplaintDetailProjection;
import org.marketplace.complaints.query.queue.ArbitrationQueueProjection;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.marketplace.complaints.query.summaries.shopcomplaints.ShopComplaintsProjection;

/**
 * Where a read model keeps one row per complaint with the sequence number of the last event it applied (the
 * name in the primary table set; readmodel.tables names the set queries read). The
 * arbitration queue lists only waiting complaints: it is reconciled on its facts table, which has them all.
 * Names are constants, never request input, so they may be spliced into SQL.
 */
record ReconciledTable(String readModel, String table) {

    static final List<ReconciledTable> ALL = List.of(
            new ReconciledTable(MyComplaintsProjection.GROUP, "my_complaints"),
            new ReconciledTable(ShopComplaintsProjection.GROUP, "shop_complaints"),
            new ReconciledTable(ArbitrationQueueProjection.GROUP, "arbitration_queue_facts"),
            new ReconciledTable(ComplaintDetailProjection.GROUP, "complaint_detail"));
}
