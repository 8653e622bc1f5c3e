package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.marketplace.complaints.api.event.SellerResponded;

/**
 * A test-only upcaster (the product's own, ComplaintRuledUpcaster, has UpcastRulingHistoryTest): SellerResponded as
 * a hypothetical revision 0 wrote it, with the seller's text under "message", becomes revision 1, whose field is
 * "statement".
 */
class OldRevisionUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_0 = new SimpleSerializedType(SellerResponded.class.getName(), "0");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_0);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(REVISION_0.getName(), "1"), ObjectNode.class,
                payload -> {
                    payload.set("statement", payload.remove("message"));
                    return payload;
                });
    }
}
