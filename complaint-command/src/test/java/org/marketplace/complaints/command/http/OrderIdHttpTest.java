package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertInvalid;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;
import static org.marketplace.complaints.command.support.Requests.aWithdrawal;

import java.util.List;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.EvidenceItem;
import org.marketplace.complaints.api.EvidenceKind;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.WithdrawalMode;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.ComplaintWithdrawn;
import org.marketplace.complaints.command.filing.EarlierSpellings;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;
import org.springframework.beans.factory.annotation.Autowired;

/** One order, one spelling: re-filing after a withdrawal cannot be dodged by writing the order id differently. */
class OrderIdHttpTest extends HttpTestBase {

    @Autowired
    EventStorageEngine storage;
    @Autowired
    TransactionManager transactions;
    @Autowired
    EarlierSpellings earlierSpellings;

    @ParameterizedTest
    @ValueSource(strings = {"ORDER-%s", " order-%s ", "Order-%s\t", "ＯＲＤＥＲ－%s"})
    void refiling_afterWithdrawal_underAnotherSpelling_isRefused(String spelling) {
        String order = UUID.randomUUID().toString();
        String id = journey().filed(aComplaintRequest().with("orderId", "order-" + order));
        expect(200, as("buyer-1").post(path(id, "/withdrawal"), aWithdrawal("SETTLED").with("note", "refunded 50")));

        JsonBody again = aComplaintRequest().with("orderId", spelling.formatted(order.toUpperCase()));
        assertProblem(as("buyer-1").post("/api/complaints", again), 409, "REFILE_AFTER_WITHDRAWAL");
    }

    @Test
    void theOrderId_isStoredInItsCanonicalForm() {
        String order = UUID.randomUUID().toString();

        String id = journey().filed(aComplaintRequest().with("orderId", "  ORDER-" + order.toUpperCase() + " "));

        assertThat(((ComplaintFiled) events(id).get(0).getPayload()).orderId().value()).isEqualTo("order-" + order);
        assertThat(id).isEqualTo(ComplaintId.forKey(new BuyerId("buyer-1"), new OrderId("order-" + order),
                ComplaintCategory.QUALITY_PROBLEM).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"order 1", "订单-1", "order-1;x", "   ", "<b>1</b>"})
    void anOrderIdThatIsNotOneAfterCanonicalisation_isAValidationFailure_namingTheField(String orderId) {
        assertInvalid(as("buyer-1").post("/api/complaints", aComplaintRequest().with("orderId", orderId)), "orderId");
    }

    @Test
    void anOrderIdOver64CharactersOnceTrimmed_isAValidationFailure() {
        assertInvalid(as("buyer-1").post("/api/complaints", aComplaintRequest().with("orderId", "a".repeat(65))),
                "orderId");
        expect(201, as("buyer-1").post("/api/complaints",
                aComplaintRequest().with("orderId", " " + UUID.randomUUID() + "-" + "a".repeat(27) + " ")));
    }

    @Test
    void aComplaintWithdrawnUnderAnEarlierSpelling_stillBlocksTheCanonicalOne() {
        String order = "LEGACY-" + UUID.randomUUID() + " ";
        ComplaintId earlier = storeAWithdrawnComplaintFiledAs(order);
        earlierSpellings.reload();

        var problem = assertProblem(as("buyer-1").post("/api/complaints",
                aComplaintRequest().with("orderId", order.strip().toLowerCase())), 409, "REFILE_AFTER_WITHDRAWAL");

        assertThat(problem.path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(eventTypes(earlier.value())).containsExactly("ComplaintFiled", "ComplaintWithdrawn");
    }

    @Test
    void anOpenComplaintOfAnEarlierSpelling_isNamedWhenTheCanonicalOneIsFiled() {
        String order = "Legacy-" + UUID.randomUUID();
        ComplaintId earlier = storeAFiledComplaint(order);
        earlierSpellings.reload();

        var problem = assertProblem(as("buyer-1").post("/api/complaints",
                aComplaintRequest().with("orderId", order)), 409, "COMPLAINT_ALREADY_OPEN");

        assertThat(problem.path("complaintId").asText()).isEqualTo(earlier.value());
    }

    /** As the service stored filings before the canonical form: the order id and the complaint id as typed. */
    private ComplaintId storeAFiledComplaint(String order) {
        ComplaintId id = ComplaintId.forKey(new BuyerId("buyer-1"), new OrderId(order), ComplaintCategory.QUALITY_PROBLEM);
        var at = java.time.Instant.now();
        append(id, 0, new ComplaintFiled(id, new BuyerId("buyer-1"), new OrderId(order), new SellerId("seller-1"),
                ComplaintCategory.QUALITY_PROBLEM, "漏水",
                List.of(new EvidenceItem(EvidenceKind.PHOTO, "file:photo-1", null)), DeadlinePolicy.DEFAULT, at,
                at.plus(DeadlinePolicy.DEFAULT.sellerResponse())));
        return id;
    }

    private ComplaintId storeAWithdrawnComplaintFiledAs(String order) {
        ComplaintId id = storeAFiledComplaint(order);
        append(id, 1, new ComplaintWithdrawn(id, WithdrawalReason.SETTLED, WithdrawalMode.DIRECT, "已退款", null,
                java.time.Instant.now()));
        return id;
    }

    private void append(ComplaintId id, long sequence, Object payload) {
        transactions.executeInTransaction(() -> storage.appendEvents(
                new GenericDomainEventMessage<>("Complaint", id.value(), sequence, payload)));
    }
}
