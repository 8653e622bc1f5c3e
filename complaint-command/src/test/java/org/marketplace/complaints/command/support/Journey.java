package org.marketplace.complaints.command.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Requests.*;

/** Walks a complaint along the lifecycle over HTTP, asserting each step went through. */
public final class Journey {

    private final ApiClient api;

    public Journey(ApiClient api) {
        this.api = api;
    }

    /** buyer-1 files against seller-1 on a fresh order; answers the complaint id. */
    public String filed() {
        return filed(aComplaintRequest());
    }

    public String filed(JsonBody request) {
        return expect(201, api.as("buyer-1").post("/api/complaints", request)).text("complaintId");
    }

    public String responded() {
        String id = filed();
        expect(202, api.as("seller-1").post(path(id, "/seller-response"), aSellerResponse()));
        return id;
    }

    /** Intervened on the buyer's request and taken by the arbitrator. */
    public String assignedTo(String arbitrator) {
        String id = responded();
        expect(202, api.as("buyer-1").post(path(id, "/intervention-request"), aNote()));
        expect(202, api.as(arbitrator).post(path(id, "/assignment"), null));
        return id;
    }

    public String ruledBy(String arbitrator) {
        String id = assignedTo(arbitrator);
        expect(200, api.as(arbitrator).post(path(id, "/ruling"), aRulingForTheBuyer()));
        return id;
    }

    public static String path(String complaintId, String step) {
        return "/api/complaints/" + complaintId + step;
    }

    public static Answer expect(int status, Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        return answer;
    }
}
