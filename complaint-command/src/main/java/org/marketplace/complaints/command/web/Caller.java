package org.marketplace.complaints.command.web;

import org.axonframework.messaging.MetaData;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.command.config.MessageMetadata;

/**
 * Who sends a command and from which request: the authenticated principal in its role, never an id taken
 * from the body. Controllers receive it as a parameter (see CallerArgumentResolver).
 */
public record Caller(Actor actor, String correlationId) {

    MetaData metaData() {
        return MetaData.with(MessageMetadata.CORRELATION_ID, correlationId)
                .and(MessageMetadata.ACTOR, actor.toString());
    }
}
