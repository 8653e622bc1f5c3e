package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.query.FindMyComplaints;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.detail.Parties;
import org.marketplace.complaints.query.ops.cluster.QueryInstances;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.marketplace.complaints.query.tokens.StoredToken;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My Complaints asked again and again while it is rebuilt and while new complaints arrive: the live list goes on
 * (the new complaints show, read-your-writes answers from it at once), every answer is a whole list (the one from
 * before or the one with the new complaints, never a half-built one), and the rebuilt list replaces it with nothing
 * taken back. The rebuild is held meanwhile (its token rows locked), so that it is still on, half built, while the
 * questions are asked, however fast it replays the events.
 */
class QueriesDuringRebuildTest extends GeneratedHistoryTestBase {

    private static final String MY_COMPLAINTS = MyComplaintsProjection.GROUP;

    @Autowired
    MyComplaintsProjection myComplaints;
    @Autowired
    QueryInstances instances;

    @Test
    void duringARebuild_everyAnswerIsAWholeLiveList_andAfterTheSwitchTheSameFullList() throws Exception {
        List<FindMyComplaints> queries = List.of(page(null, 0), page(null, 7), page(ComplaintState.RULED, 3),
                page(ComplaintState.PLATFORM_INTERVENED, 0));
        List<ComplaintSummaryPage> before = queries.stream().map(myComplaints::find).toList();
        int next = nextComplaint();

        startRebuild(MY_COMPLAINTS);
        List<ComplaintSummaryPage> live;
        try (AutoCloseable held = holdTheRebuild(MY_COMPLAINTS)) {
            assertThat(tables.state(MY_COMPLAINTS).rebuilding()).as("rebuilding when held").isTrue();
            long written = append(next, next + 3);
            freshness.awaitProcessed(MY_COMPLAINTS, written);
            live = queries.stream().map(myComplaints::find).toList();
            assertThat(live.get(0).totalItems()).isEqualTo(before.get(0).totalItems() + 3);
            for (int round = 0; round < 20; round++) {
                assertThat(queries.stream().map(myComplaints::find).toList()).isEqualTo(live);
            }
            assertThat(tables.state(MY_COMPLAINTS).rebuilding()).isTrue();
        }

        awaitSwitched(MY_COMPLAINTS);
        assertThat(queries.stream().map(myComplaints::find).toList()).isEqualTo(live);
        assertThat(ids(live.get(0))).containsExactlyElementsOf(newestFirst(next, before.get(0)));
    }

    @Test
    void duringARebuild_readYourWritesAnswersFromTheLiveList_withoutWaitingForTheSwitch() throws Exception {
        int next = nextComplaint();
        startRebuild(MY_COMPLAINTS);
        long written;
        try (AutoCloseable held = holdTheRebuild(MY_COMPLAINTS)) {
            written = append(next, next + 1);

            freshness.awaitProcessed(MY_COMPLAINTS, written);

            assertThat(tables.state(MY_COMPLAINTS).rebuilding()).as("answered while the rebuild is still on").isTrue();
            assertThat(ids(myComplaints.find(page(null, 0)))).first()
                    .isEqualTo(new ComplaintId(GeneratedComplaints.eventsOf(next).get(0).getAggregateIdentifier()));
        }
        TableSetState switched = awaitSwitched(MY_COMPLAINTS);
        freshness.awaitProcessed(MY_COMPLAINTS, written);
        assertThat(switched.rebuilding()).isFalse();
    }

    @Test
    void duringARebuild_itsReplayIsNoInstance_soTheLiveListKeepsAllItsSegments() throws Exception {
        startRebuild(MY_COMPLAINTS);
        try (AutoCloseable held = holdTheRebuild(MY_COMPLAINTS)) {
            TableSetState rebuilding = tables.state(MY_COMPLAINTS);
            assertThat(tokens.of(rebuilding.buildingProcessor())).as("the replay's claims")
                    .allMatch(tokens::claimed).extracting(StoredToken::owner).allMatch(owner -> owner.startsWith("rebuild@"));

            assertThat(instances.live()).containsExactly(instances.self().value());
            // and so through balancing rounds (a second each) and the coordinator's looks at its share (as often)
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                    tokens.of(rebuilding.activeProcessor()).stream().filter(tokens::claimed).count() == 4);
        }
        awaitSwitched(MY_COMPLAINTS);
    }

    private static FindMyComplaints page(ComplaintState state, int page) {
        return new FindMyComplaints(Parties.BUYER_ID, state, page, 20);
    }

    private static List<ComplaintId> ids(ComplaintSummaryPage page) {
        return page.items().stream().map(ComplaintSummary::complaintId).toList();
    }

    /** The three new complaints (filed last, so listed first), then the old first page less its last three. */
    private static List<ComplaintId> newestFirst(int next, ComplaintSummaryPage before) {
        List<ComplaintId> expected = new ArrayList<>();
        for (int i = next + 2; i >= next; i--) {
            expected.add(new ComplaintId(GeneratedComplaints.eventsOf(i).get(0).getAggregateIdentifier()));
        }
        expected.addAll(ids(before).subList(0, before.items().size() - 3));
        return expected;
    }
}
