package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.aComplaintRequest;
import static org.marketplace.complaints.command.support.Requests.aSellerResponse;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.SellerResponded;
import org.marketplace.complaints.command.support.Answer;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

class FilingHttpTest extends HttpTestBase {

    @Test
    void filing_answers201_withLocation_theComplaintId_andTheEventPosition() {
        Answer answer = expect(201, as("buyer-1").post("/api/complaints", aComplaintRequest()));

        String complaintId = answer.text("complaintId");
        assertThat(answer.header("Location")).isEqualTo("/api/complaints/" + complaintId);
        assertThat(answer.eventPosition()).isPositive();
        assertThat(eventTypes(complaintId)).containsExactly("ComplaintFiled");
    }

    @Test
    void filing_theSameKeyWhileOpen_isRefused_namingTheOpenComplaint() {
        JsonBody request = aComplaintRequest();
        String first = journey().filed(request);

        Answer again = as("buyer-1").post("/api/complaints", request);

        var problem = assertProblem(again, 409, "COMPLAINT_ALREADY_OPEN");
        assertThat(problem.path("complaintId").asText()).isEqualTo(first);
        assertThat(problem.path("state").asText()).isEqualTo("AWAITING_SELLER");
    }

    @Test
    void aDifferentCategoryOnTheSameOrder_isADifferentComplaint() {
        JsonBody request = aComplaintRequest();
        String first = journey().filed(request);

        String second = journey().filed(request.with("category", "LATE_DELIVERY"));

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void twoFilingsOfTheSameKeyAtOnce_fileOneComplaint_andRefuseTheOther() throws Exception {
        JsonBody request = aComplaintRequest();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Answer> first = pool.submit(() -> as("buyer-1").post("/api/complaints", request));
            Future<Answer> second = pool.submit(() -> as("buyer-1").post("/api/complaints", request));

            List<Answer> answers = List.of(first.get(), second.get());
            assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 409);
            assertProblem(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow(),
                    409, "COMPLAINT_ALREADY_OPEN");
        } finally {
            pool.shutdownNow();
        }
        String id = ComplaintId.forKey(new BuyerId("buyer-1"), new OrderId((String) request.get("orderId")),
                ComplaintCategory.QUALITY_PROBLEM).toString();
        assertThat(eventTypes(id)).containsExactly("ComplaintFiled");
    }

    @Test
    void chineseText_roundTripsExactly_throughTheStoredEvents() {
        String description = "商品收到后发现底座漏水，和页面描述不符。😡 请天猫介入！";
        String statement = "我们发货前已经检测过，买家描述与事实不符。";
        String id = journey().filed(aComplaintRequest().with("description", description));
        expect(202, as("seller-1").post(path(id, "/seller-response"), aSellerResponse().with("statement", statement)));

        var events = events(id);
        assertThat(((ComplaintFiled) events.get(0).getPayload()).description()).isEqualTo(description);
        assertThat(events.stream().map(DomainEventMessage::getPayload).filter(SellerResponded.class::isInstance)
                .map(e -> ((SellerResponded) e).statement())).containsExactly(statement);
    }

    @Test
    void storedEvents_carryTheActor_andTheCallersCorrelationId() {
        String correlationId = UUID.randomUUID().toString();
        Answer answer = as("buyer-1").withHeader("X-Correlation-Id", correlationId)
                .post("/api/complaints", aComplaintRequest());

        assertThat(answer.header("X-Correlation-Id")).isEqualTo(correlationId);
        var filed = events(answer.text("complaintId")).get(0);
        assertThat(filed.getMetaData()).containsEntry("actor", "BUYER:buyer-1")
                .containsEntry("correlationId", correlationId);
    }

    @Test
    void aMalformedCorrelationId_isReplacedByAFreshOne() {
        Answer answer = as("buyer-1").withHeader("X-Correlation-Id", "<script>")
                .post("/api/complaints", aComplaintRequest());

        String issued = answer.header("X-Correlation-Id");
        assertThat(UUID.fromString(issued)).isNotNull();
        assertThat(events(answer.text("complaintId")).get(0).getMetaData()).containsEntry("correlationId", issued);
    }

    @Test
    void aSeller_mayNotFile() {
        assertProblem(as("seller-1").post("/api/complaints", aComplaintRequest()), 403, "ROLE_NOT_ALLOWED");
    }

    @Test
    void filing_withoutCredentials_isUnauthorized_withABasicChallenge() {
        Answer answer = anonymous().post("/api/complaints", aComplaintRequest());

        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void filing_withAWrongPassword_isUnauthorized() {
        assertProblem(anonymous().as("buyer-1", "wrong").post("/api/complaints", aComplaintRequest()),
                401, "UNAUTHENTICATED");
    }
}
