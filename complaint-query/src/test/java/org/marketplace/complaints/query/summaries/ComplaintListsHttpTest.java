package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.ADD_EVIDENCE;
import static org.marketplace.complaints.query.summaries.ComplaintStream.BUYER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.FILED_AT;
import static org.marketplace.complaints.query.summaries.ComplaintStream.SELLER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two lists over HTTP on the running service: events appended to the event store as the command service
 * would, read back through the processors with read-your-writes. Other test classes may share this context
 * and its database, so the assertions look for this test's complaints rather than counting every row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintListsHttpTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void myComplaints_afterTheFiling_showTheBuyersSummary_andNotToAnotherBuyer() {
        ComplaintStream filed = published(aFiledComplaint(BUYER, SELLER, new OrderId("order-" + UUID.randomUUID()), FILED_AT));

        ComplaintSummary expected = TheBuyerSees.aFreshFiling(filed).build();
        assertThat(list("/api/my/complaints", "buyer-1").getBody().items()).contains(expected);
        assertThat(list("/api/my/complaints", "buyer-2").getBody().items()).extracting(ComplaintSummary::complaintId)
                .doesNotContain(filed.id());
    }

    @Test
    void shopComplaints_afterTheFiling_showTheSellersActions_andNotToAnotherSeller() {
        ComplaintStream filed = published(aFiledComplaint(BUYER, SELLER, new OrderId("order-" + UUID.randomUUID()), FILED_AT));

        // the real clock is long past the 2026-03 response window: evidence is all the seller may still add
        assertThat(list("/api/shop/complaints", "seller-1").getBody().items())
                .contains(ExpectedSummary.of(filed).actions(ADD_EVIDENCE).build());
        assertThat(list("/api/shop/complaints", "seller-2").getBody().items()).extracting(ComplaintSummary::complaintId)
                .doesNotContain(filed.id());
    }

    @Test
    void emptyParameters_asTheContractWritesThem_meanEveryStateAndTheFirstPageOf20() {
        ResponseEntity<ComplaintSummaryPage> answer = http.withBasicAuth("buyer-1", "demo")
                .getForEntity("/api/my/complaints?state=&page=&size=", ComplaintSummaryPage.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().page()).isZero();
        assertThat(answer.getBody().size()).isEqualTo(20);
    }

    @Test
    void theLists_areNotOpenToTheOtherRoles_norWithoutCredentials() {
        assertThat(http.getForEntity("/api/my/complaints", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("seller-1", "demo").getForEntity("/api/my/complaints", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("buyer-1", "demo").getForEntity("/api/shop/complaints", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void pageSizeOutOfRange_anUnknownState_orANegativePage_answer400ValidationFailed() {
        for (String query : List.of("size=0", "size=101", "state=NOPE", "page=-1", "page=x")) {
            ResponseEntity<String> answer = http.withBasicAuth("buyer-1", "demo")
                    .getForEntity("/api/my/complaints?" + query, String.class);

            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(query).contains("\"code\":\"VALIDATION_FAILED\"")
                    .contains("\"field\":\"" + query.substring(0, query.indexOf('=')) + "\"");
        }
    }

    /** Appends the stream as the command service would, as the Complaint aggregate's domain events. */
    ComplaintStream published(ComplaintStream stream) {
        for (int sequence = 0; sequence < stream.events().size(); sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Complaint", stream.id().toString(), sequence,
                    stream.events().get(sequence)));
        }
        return stream;
    }

    /** The list as the user sees it once the read model has caught up with everything appended so far. */
    ResponseEntity<ComplaintSummaryPage> list(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Min-Event-Position", String.valueOf(
                jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class)));
        return http.withBasicAuth(user, "demo").exchange(path + "?size=100", HttpMethod.GET, new HttpEntity<>(headers),
                ComplaintSummaryPage.class);
    }
}
