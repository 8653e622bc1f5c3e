package org.marketplace.complaints.command.config;

import static org.marketplace.complaints.command.config.MessageMetadata.*;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Replaces Axon's MessageOriginProvider, which would overwrite correlationId with the command's message id:
 * here correlationId stays the HTTP request's id from the command through its events and the deadlines it
 * sets, and actor says who acted. Axon's message-chain ids are kept as causationId and traceId.
 */
public class RequestCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        var metaData = message.getMetaData();
        data.put(CORRELATION_ID, metaData.getOrDefault(CORRELATION_ID, message.getIdentifier()));
        data.put(CAUSATION_ID, message.getIdentifier());
        data.put(TRACE_ID, metaData.getOrDefault(TRACE_ID, message.getIdentifier()));
        Object actor = message instanceof DeadlineMessage<?> ? DEADLINE_ACTOR : metaData.get(ACTOR);
        if (actor != null) {
            data.put(ACTOR, actor);
        }
        return data;
    }
}
