package org.marketplace.complaints.command.web;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.MetaData;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.command.config.MessageMetadata;

/**
 * Who sends a command and from which request: the authenticated principal in the role the endpoint is for,
 * never an id taken from the body. Controllers receive it as a parameter (see CallerArgumentResolver).
 * {@code otherRoles}: where the endpoint is for several roles that the caller holds (a seller who also buys,
 * adding evidence), the caller in the others, tried in turn if the complaint says it is no party in this one.
 */
public record Caller(Actor actor, String correlationId, List<Actor> otherRoles) {

    public Caller {
        otherRoles = List.copyOf(otherRoles);
    }

    public Caller(Actor actor, String correlationId) {
        this(actor, correlationId, List.of());
    }

    /** The same caller in its next role the endpoint is for, if there is one. */
    Optional<Caller> inNextRole() {
        return otherRoles.isEmpty() ? Optional.empty()
                : Optional.of(new Caller(otherRoles.get(0), correlationId, otherRoles.subList(1, otherRoles.size())));
    }

    /** The same caller acting in this role, if it holds it (the endpoint's roles only). */
    public Optional<Caller> inRole(Role role) {
        if (actor.role() == role) {
            return Optional.of(this);
        }
        return otherRoles.stream().filter(other -> other.role() == role).findFirst()
                .map(other -> new Caller(other, correlationId));
    }

    MetaData metaData() {
        return MetaData.with(MessageMetadata.CORRELATION_ID, correlationId)
                .and(MessageMetadata.ACTOR, actor.toString());
    }
}
