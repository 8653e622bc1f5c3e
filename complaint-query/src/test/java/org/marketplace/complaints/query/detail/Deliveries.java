package org.marketplace.complaints.query.detail;

import java.util.List;
import java.util.function.Supplier;
import org.marketplace.complaints.query.readmodel.tables.SetBoundProjection;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

/**
 * Hands stored events to a projection the way Axon's processors do: through its annotated handlers, so that
 * the parameter annotations (@SequenceNumber, @MetaDataValue) are part of the test.
 */
public final class Deliveries {

    private final SetBoundProjection<?> projection;
    private final AnnotationEventHandlerAdapter handlers;

    public Deliveries(SetBoundProjection<?> projection) {
        this.projection = projection;
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public Deliveries deliver(List<? extends EventMessage<?>> messages) {
        for (EventMessage<?> message : messages) {
            try {
                handlers.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException("the projection failed on " + message.getPayloadType(), e);
            }
        }
        return this;
    }

    public Deliveries deliver(ComplaintStory... stories) {
        for (ComplaintStory story : stories) {
            deliver(story.messages());
        }
        return this;
    }

    /** Asks the read model once the events are in. */
    public <T> T then(Supplier<T> question) {
        return question.get();
    }

    /** What a rebuild does before it replays (ops.rebuild). */
    public Deliveries reset() {
        projection.clear();
        return this;
    }
}
