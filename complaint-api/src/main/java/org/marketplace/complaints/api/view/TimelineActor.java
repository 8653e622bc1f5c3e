package org.marketplace.complaints.api.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;

/**
 * Who took a step of the timeline: a role (BUYER, SELLER, ARBITRATOR…, or SYSTEM for what a deadline caused)
 * and, where the viewer may know it, who in that role; a party sees staff as their role alone.
 */
public record TimelineActor(String role, @JsonInclude(JsonInclude.Include.NON_NULL) String id) {

    /**
     * {@code stored}: the event's "actor" metadata as the command side records it, ROLE:id or SYSTEM:deadline
     * (the id may itself contain a colon); null for an event recorded without one.
     */
    public static TimelineActor of(String stored, Actor viewer) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String role = colon < 0 ? stored : stored.substring(0, colon);
        String id = colon < 0 ? null : stored.substring(colon + 1);
        return new TimelineActor(role, isStaff(role) ? StaffIds.shownTo(viewer, id) : id);
    }

    private static boolean isStaff(String role) {
        return !role.equals(Role.BUYER.name()) && !role.equals(Role.SELLER.name()) && !role.equals("SYSTEM");
    }
}
