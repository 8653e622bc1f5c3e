package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.summaries.ComplaintStream.BUYER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.platform.security.testing.BearerTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seller who also buys (one token, both roles) reads the shop's list as the seller, their own as the buyer,
 * and the detail of a complaint in the role the complaint knows them by. Before, the first role won: the
 * shop's complaints were out of their reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallerWithSeveralRolesQueryTest {

    // starts a test identity provider that the service trusts, and stops it after the class
    @RegisterExtension
    static final BearerTokens tokens = new BearerTokens();

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    private final String shop = "shop-" + UUID.randomUUID();
    private final Instant filedAt = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theShopsList_showsComplaintsAgainstTheirShop_andMyComplaints_theirOwn() {
        ComplaintStream against = published(aFiledComplaint(BUYER, new SellerId(shop), anOrder(), filedAt));
        ComplaintStream own = published(aFiledComplaint(new BuyerId(shop), new SellerId("seller-1"), anOrder(), filedAt));

        assertThat(ids(get("/api/shop/complaints?size=100"))).contains(against.id().value())
                .doesNotContain(own.id().value());
        assertThat(ids(get("/api/my/complaints?size=100"))).contains(own.id().value())
                .doesNotContain(against.id().value());
    }

    @Test
    void theDetail_isShownInTheRoleTheComplaintKnowsThemBy() {
        ComplaintStream against = published(aFiledComplaint(BUYER, new SellerId(shop), anOrder(), filedAt));
        ComplaintStream own = published(aFiledComplaint(new BuyerId(shop), new SellerId("seller-1"), anOrder(), filedAt));

        ResponseEntity<JsonNode> asSeller = get("/api/complaints/" + against.id());
        ResponseEntity<JsonNode> asBuyer = get("/api/complaints/" + own.id());

        assertThat(asSeller.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(actions(asSeller)).contains("ADD_EVIDENCE").doesNotContain("WITHDRAW");
        assertThat(asBuyer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(actions(asBuyer)).contains("WITHDRAW");
    }

    @Test
    void theDetailOfAComplaintNeitherTheirsNorAgainstTheirShop_isNotFound() {
        ComplaintStream other = published(aFiledComplaint(BUYER, new SellerId("seller-1"), anOrder(), filedAt));

        assertThat(get("/api/complaints/" + other.id()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static OrderId anOrder() {
        return new OrderId("order-" + UUID.randomUUID());
    }

    private ComplaintStream published(ComplaintStream stream) {
        for (int sequence = 0; sequence < stream.events().size(); sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Complaint", stream.id().toString(), sequence,
                    stream.events().get(sequence)));
        }
        return stream;
    }

    /** As the seller who buys sees it, once the read models caught up with everything appended so far. */
    private ResponseEntity<JsonNode> get(String path) {
        HttpHeaders headers = BearerTokens.bearer(tokens.token(shop, "BUYER", "SELLER"));
        headers.set("X-Min-Event-Position", String.valueOf(
                jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class)));
        return BearerTokens.get(http, path, headers);
    }

    private static List<String> ids(ResponseEntity<JsonNode> page) {
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody().path("items").findValuesAsText("complaintId");
    }

    private static List<String> actions(ResponseEntity<JsonNode> detail) {
        List<String> actions = new java.util.ArrayList<>();
        detail.getBody().path("availableActions").forEach(action -> actions.add(action.asText()));
        return actions;
    }
}
