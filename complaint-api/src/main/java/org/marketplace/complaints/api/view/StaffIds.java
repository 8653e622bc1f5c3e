package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;

/**
 * Who learns which staff member acted: staff and auditors do; a buyer or seller deals with the platform, never
 * with a named arbitrator (an id they could chase or hold against a person), so the views drop staff ids for them.
 */
public final class StaffIds {

    private StaffIds() {
    }

    public static boolean shownTo(Actor viewer) {
        return viewer.role() != Role.BUYER && viewer.role() != Role.SELLER;
    }

    /** {@code id} for a viewer who may see staff ids, otherwise null. */
    public static <T> T shownTo(Actor viewer, T id) {
        return shownTo(viewer) ? id : null;
    }
}
