package org.marketplace.complaints.command.web;

import java.net.URI;
import org.marketplace.complaints.api.ComplaintId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A command that went through: its complaint, its result and the global position of the complaint's last event. */
public record Sent<R>(ComplaintId complaintId, R result, long eventPosition) {

    public static final String EVENT_POSITION = "X-Event-Position";

    public <B> ResponseEntity<B> answer(HttpStatus status, B body) {
        return ResponseEntity.status(status).header(EVENT_POSITION, Long.toString(eventPosition)).body(body);
    }

    public ResponseEntity<Void> accepted() {
        return answer(HttpStatus.ACCEPTED, null);
    }

    public ResponseEntity<Void> ok() {
        return answer(HttpStatus.OK, null);
    }

    public <B> ResponseEntity<B> created(URI location, B body) {
        return ResponseEntity.created(location).header(EVENT_POSITION, Long.toString(eventPosition)).body(body);
    }
}
