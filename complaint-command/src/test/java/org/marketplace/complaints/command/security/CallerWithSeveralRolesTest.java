package org.marketplace.complaints.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.event.EvidenceSubmitted;
import org.marketplace.complaints.api.event.PlatformIntervened;
import org.marketplace.complaints.api.event.ReconsiderationRequested;
import org.marketplace.complaints.command.support.ApiClient;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.security.testing.BearerTokens;
import org.springframework.test.context.TestPropertySource;

/**
 * A seller who also buys (a token with both roles) acts in the role the endpoint is for; where both fit
 * (evidence, intervention, reconsideration), in the one the complaint knows them by. Before, the first role won: such a seller
 * could never respond to a complaint against their shop.
 */
@TestPropertySource(properties = "complaints.security.demo-accounts=true")
class CallerWithSeveralRolesTest extends HttpTestBase {

    // starts a test identity provider that the service trusts, and stops it after the class
    @RegisterExtension
    static final BearerTokens tokens = new BearerTokens();

    private final String shop = "shop-" + UUID.randomUUID();

    /** The shop's owner, who also buys on the marketplace: one token, both roles. */
    private ApiClient sellerWhoBuys() {
        return anonymous().withHeader("Authorization", BearerTokens.authorization(tokens.token(shop, "BUYER", "SELLER")));
    }

    @Test
    void aSellerWhoAlsoBuys_respondsToAComplaintAgainstTheirShop_asTheSeller() {
        String id = complaintAgainstTheShop();

        expect(202, sellerWhoBuys().post(path(id, "/seller-response"), aSellerResponse()));

        assertThat(events(id).get(1).getMetaData()).containsEntry("actor", "SELLER:" + shop);
    }

    @Test
    void aSellerWhoAlsoBuys_filesAndWithdrawsTheirOwnComplaint_asTheBuyer() {
        String id = expect(201, sellerWhoBuys().post("/api/complaints", aComplaintRequest())).text("complaintId");

        expect(200, sellerWhoBuys().post(path(id, "/withdrawal"), aWithdrawal("SETTLED").with("note", "refunded")));

        assertThat(events(id)).extracting(e -> e.getMetaData().get("actor")).containsOnly("BUYER:" + shop);
    }

    @Test
    void addingEvidence_isAsTheSeller_onAComplaintAgainstTheShop_andAsTheBuyer_onTheirOwn() {
        String against = complaintAgainstTheShop();
        String own = expect(201, sellerWhoBuys().post("/api/complaints", aComplaintRequest())).text("complaintId");

        expect(202, sellerWhoBuys().post(path(against, "/evidence"), someEvidence()));
        expect(202, sellerWhoBuys().post(path(own, "/evidence"), someEvidence()));

        assertThat(submitter(against)).isEqualTo(Role.SELLER);
        assertThat(submitter(own)).isEqualTo(Role.BUYER);
    }

    @Test
    void requestingIntervention_isAsTheSeller_onAComplaintAgainstTheShop() {
        String id = complaintAgainstTheShop();
        expect(202, sellerWhoBuys().post(path(id, "/seller-response"), aSellerResponse()));

        expect(202, sellerWhoBuys().post(path(id, "/intervention-request"), aNote()));

        assertThat(last(id, PlatformIntervened.class).reason()).isEqualTo(InterventionReason.REQUESTED_BY_SELLER);
    }

    @Test
    void askingForReconsideration_isAsTheSeller_onAComplaintAgainstTheShop() {
        String id = complaintAgainstTheShop();
        expect(202, sellerWhoBuys().post(path(id, "/seller-response"), aSellerResponse()));
        expect(202, sellerWhoBuys().post(path(id, "/intervention-request"), aNote()));
        expect(202, as("arbiter-1").post(path(id, "/assignment"), null));
        expect(200, as("arbiter-1").post(path(id, "/ruling"), aRulingForTheBuyer()));

        expect(202, sellerWhoBuys().post(path(id, "/reconsideration"), aReconsiderationRequest()));

        assertThat(last(id, ReconsiderationRequested.class).requestedBy().role()).isEqualTo(Role.SELLER);
    }

    @Test
    void onAComplaintThatIsNeitherTheirsNorAgainstTheirShop_theyAreAStrangerToIt() {
        String id = journey().filed();

        // as to any stranger: the complaint is not found (its id can be computed; a 403 would say it exists)
        assertProblem(sellerWhoBuys().post(path(id, "/evidence"), someEvidence()), 404, "COMPLAINT_NOT_FOUND");
        assertThat(eventTypes(id)).containsExactly("ComplaintFiled");
    }

    private String complaintAgainstTheShop() {
        return journey().filed(aComplaintRequest().with("sellerId", shop));
    }

    private Role submitter(String id) {
        return last(id, EvidenceSubmitted.class).submittedBy().role();
    }

    private <E> E last(String id, Class<E> type) {
        return events(id).stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast)
                .reduce((first, second) -> second).orElseThrow();
    }
}
