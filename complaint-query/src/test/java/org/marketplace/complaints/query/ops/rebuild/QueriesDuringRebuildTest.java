package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.query.FindMyComplaints;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.detail.Parties;
import org.marketplace.complaints.query.freshness.ProjectionBehindException;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My Complaints asked again and again while it is rebuilt and while new complaints arrive: until the switch
 * every answer is the one from before the rebuild (never a half-built list), after it the list with the new ones.
 */
class QueriesDuringRebuildTest extends GeneratedHistoryTestBase {

    private static final String MY_COMPLAINTS = MyComplaintsProjection.GROUP;

    @Autowired
    MyComplaintsProjection myComplaints;

    @Test
    void duringARebuild_everyAnswerIsTheOldList_untilTheSwitch_thenTheFullNewOne() {
        List<FindMyComplaints> queries = List.of(page(null, 0), page(null, 7), page(ComplaintState.RULED, 3),
                page(ComplaintState.PLATFORM_INTERVENED, 0));
        List<ComplaintSummaryPage> before = queries.stream().map(myComplaints::find).toList();
        int next = nextComplaint();

        rebuild.start(MY_COMPLAINTS);
        append(next, next + 3);
        List<ComplaintSummaryPage> duringRebuild = new ArrayList<>();
        while (tables.state(MY_COMPLAINTS).rebuilding()) {
            List<ComplaintSummaryPage> answers = queries.stream().map(myComplaints::find).toList();
            if (tables.state(MY_COMPLAINTS).rebuilding()) {
                duringRebuild.addAll(answers);
                assertThat(answers).isEqualTo(before);
            }
        }
        awaitProjected(MY_COMPLAINTS);

        assertThat(duringRebuild).hasSizeGreaterThan(4 * queries.size());
        ComplaintSummaryPage after = myComplaints.find(queries.get(0));
        assertThat(after.totalItems()).isEqualTo(before.get(0).totalItems() + 3);
        assertThat(ids(after)).containsExactlyElementsOf(newestFirst(next, before.get(0)));
    }

    @Test
    void duringARebuild_readYourWrites_answersWhatTheFrozenListHas_andANewerWriteOnlyAfterTheSwitch() {
        long frozen = head();
        int next = nextComplaint();
        rebuild.start(MY_COMPLAINTS);
        long written = append(next, next + 1);

        // the frozen list has the position: answered from it, not after the switch
        freshness.awaitProcessed(MY_COMPLAINTS, frozen);
        assertThat(tables.state(MY_COMPLAINTS).rebuilding()).as("answered while the rebuild is still on").isTrue();

        ProjectionBehindException behind = catchThrowableOfType(ProjectionBehindException.class,
                () -> freshness.awaitProcessed(MY_COMPLAINTS, written));
        TableSetState state = tables.state(MY_COMPLAINTS);
        if (behind == null) {
            assertThat(state.rebuilding()).as("answered only once switched").isFalse();
        } else {
            assertThat(behind.reached()).isEqualTo(frozen);
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
