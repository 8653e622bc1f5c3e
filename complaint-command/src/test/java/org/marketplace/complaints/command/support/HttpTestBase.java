package org.marketplace.complaints.command.support;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.marketplace.complaints.command.CommandServiceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running service on a random port over a private in-memory H2 (application-test.properties). One
 * context serves every HTTP test class, so each test files complaints on fresh orders.
 */
@SpringBootTest(classes = CommandServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HttpTestBase {

    @LocalServerPort
    private int port;

    @Autowired
    private EventStore eventStore;

    protected ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    protected ApiClient as(String user) {
        return anonymous().as(user);
    }

    protected Journey journey() {
        return new Journey(anonymous());
    }

    protected List<? extends DomainEventMessage<?>> events(String complaintId) {
        return eventStore.readEvents(complaintId).asStream().toList();
    }

    protected List<String> eventTypes(String complaintId) {
        return events(complaintId).stream().map(e -> e.getPayloadType().getSimpleName()).toList();
    }

    /** The sequence number of the complaint's last event: what an arbitrator's If-Match carries. */
    protected long streamVersion(String complaintId) {
        return eventStore.lastSequenceNumberFor(complaintId).orElseThrow();
    }
}
