package org.marketplace.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Marketplace;
import org.marketplace.complaints.e2e.support.RunningSystem;

/**
 * For every point of the lifecycle and every withdrawal reason: My Complaints lists the reason exactly when
 * the command service then accepts it, at once (DIRECT, 200) or as a request (REVIEW or EXCEPTIONAL, 202).
 * Each case works on a fresh complaint, since a withdrawal that goes through changes it.
 */
@ExtendWith(RunningSystem.class)
class WithdrawalOptionsAgreementTest {

    /** WithdrawalReason of the published language. */
    private static final List<String> REASONS =
            List.of("SETTLED", "INSUFFICIENT_EVIDENCE", "MISUNDERSTANDING", "PLATFORM_SUGGESTED");

    private final Marketplace market = Marketplace.of(RunningSystem.get());

    static Stream<Arguments> everyPointAndReason() {
        return Arrays.stream(Point.values()).flatMap(point -> REASONS.stream().map(reason -> Arguments.of(point, reason)));
    }

    @ParameterizedTest(name = "{0}, reason {1}: accepted exactly when listed")
    @MethodSource("everyPointAndReason")
    void aWithdrawal_isAcceptedExactlyWhenMyComplaintsListsIt(Point point, String reason) {
        String id = point.reachedIn(market);
        JsonNode summary = market.mySummary("buyer-1", id);
        assertThat(summary.path("state").asText()).as("the state of %s", point).isEqualTo(point.state);
        JsonNode option = option(summary, reason);

        Answer answer = market.withdraw(id, reason);

        if (option == null) {
            assertThat(answer.status()).as("not listed, so refused: %s", answer).isEqualTo(409);
        } else {
            int expected = "DIRECT".equals(option.path("mode").asText()) ? 200 : 202;
            assertThat(answer.status()).as("listed as %s, so accepted: %s", option, answer).isEqualTo(expected);
        }
    }

    private static JsonNode option(JsonNode summary, String reason) {
        for (JsonNode option : summary.path("withdrawalOptions")) {
            if (reason.equals(option.path("reason").asText())) {
                return option;
            }
        }
        return null;
    }

    /** The points of the lifecycle where the options differ, and how a fresh complaint gets there. */
    enum Point {
        AWAITING_SELLER("AWAITING_SELLER") {
            String reachedIn(Marketplace market) {
                return market.filed();
            }
        },
        NEGOTIATING("NEGOTIATING") {
            String reachedIn(Marketplace market) {
                return market.responded();
            }
        },
        OFFER_ACCEPTED("NEGOTIATING") {
            String reachedIn(Marketplace market) {
                String id = market.filed();
                market.accepted(id, market.offered(id));
                return id;
            }
        },
        INTERVENED("PLATFORM_INTERVENED") {
            String reachedIn(Marketplace market) {
                return market.intervened();
            }
        },
        SUGGESTION_OPEN("PLATFORM_INTERVENED") {
            String reachedIn(Marketplace market) {
                String id = market.takenBy("arbiter-1");
                market.suggested(id, "arbiter-1");
                return id;
            }
        },
        REQUEST_PENDING("AWAITING_SELLER") {
            String reachedIn(Marketplace market) {
                String id = market.filed();
                Marketplace.expect(202, market.withdraw(id, "MISUNDERSTANDING"));
                return id;
            }
        },
        RULED("RULED") {
            String reachedIn(Marketplace market) {
                String id = market.takenBy("arbiter-1");
                market.ruled(id, "arbiter-1");
                return id;
            }
        },
        WITHDRAWN("WITHDRAWN") {
            String reachedIn(Marketplace market) {
                String id = market.filed();
                Marketplace.expect(200, market.withdraw(id, "SETTLED"));
                return id;
            }
        };

        final String state;

        Point(String state) {
            this.state = state;
        }

        abstract String reachedIn(Marketplace market);
    }
}
