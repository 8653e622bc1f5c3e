package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;
import static org.marketplace.complaints.command.support.Requests.aSellerResponse;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** X-Event-Position is the global position of the last event the command stored, also when it stored several. */
class EventPositionHttpTest extends HttpTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHeader_isTheGlobalPositionOfTheLastEventTheCommandStored() {
        Answer filed = expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));
        String id = filed.text("complaintId");
        assertThat(filed.eventPosition()).isEqualTo(positionOf(id, 0));

        // the response stores two events, SellerResponded and NegotiationStarted
        Answer responded = expect(202, as("seller-1").post(path(id, "/seller-response"), aSellerResponse()));
        assertThat(responded.eventPosition()).isEqualTo(positionOf(id, 2));
    }

    private long positionOf(String complaintId, long sequence) {
        return jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = ?", Long.class, complaintId, sequence);
    }
}
