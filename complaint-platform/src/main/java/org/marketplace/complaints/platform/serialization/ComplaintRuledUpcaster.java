package org.marketplace.complaints.platform.serialization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.event.ComplaintRuled;

/**
 * ComplaintRuled revision 1 (before reconsideration existed) to revision 2: the ruling gets the reconsideration
 * window it would have had, the default one from its ruling time. That is exact, not a guess: the window was never
 * configurable before revision 2, so every complaint ruled then was filed under the default. The stored row is not
 * touched (the hash chain vouches for it); the aggregate, the projections and the audit read it upcast.
 */
public class ComplaintRuledUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ComplaintRuled.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ComplaintRuled.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class, payload -> {
            Instant ruledAt = Instant.parse(payload.get("ruledAt").asText());
            payload.put("reconsiderationDueBy", ruledAt.plus(DeadlinePolicy.DEFAULT_RECONSIDERATION).toString());
            return payload;
        });
    }
}
