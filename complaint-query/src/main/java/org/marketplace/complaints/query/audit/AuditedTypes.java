package org.marketplace.complaints.query.audit;

import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.platform.web.InvalidInputException;

/** Event type names as auditors write them (ComplaintFiled) and as the store keeps them (the class name). */
final class AuditedTypes {

    private AuditedTypes() {
    }

    /** The stored payload type for a simple event name, null for "any"; an unknown name is bad input. */
    static String payloadTypeOf(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String className = ComplaintEvent.class.getPackageName() + "." + type;
        try {
            Class<?> found = Class.forName(className);
            if (!ComplaintEvent.class.isAssignableFrom(found)) {
                throw new ClassNotFoundException(className);
            }
            return className;
        } catch (ClassNotFoundException unknown) {
            throw new InvalidInputException(new IllegalArgumentException("type must be the name of an event, e.g. ComplaintFiled"));
        }
    }
}
