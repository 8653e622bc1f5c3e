package org.marketplace.complaints.query.audit;

/** The complaint (or the part of its history asked for) does not exist: answered 404 COMPLAINT_NOT_FOUND. */
class AuditNotFoundException extends RuntimeException {

    AuditNotFoundException(String message) {
        super(message);
    }
}
