package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.summaries.ComplaintStream.BUYER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.query.readmodel.tables.SetBoundProjection;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.marketplace.complaints.query.summaries.shopcomplaints.ShopComplaintsProjection;

/**
 * The handlers as Axon calls them: inherited from SummaryProjection, the sequence number taken from the domain
 * event message; a rebuild's clear empties the list; each list in its own processing group, its twin for the
 * shadow tables writing them.
 */
class SummaryAxonWiringTest {

    final SummaryFixture lists = new SummaryFixture();
    final AnnotationEventHandlerAdapter myComplaints = new AnnotationEventHandlerAdapter(lists.myComplaints);

    @Test
    void domainEventMessages_reachTheInheritedHandler_withTheirSequenceNumbers() throws Exception {
        ComplaintStream stream = aFiledComplaint().sellerResponded();
        List<ComplaintEvent> events = stream.events();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            myComplaints.handle(new GenericDomainEventMessage<>("Complaint", stream.id().toString(), sequence, events.get(sequence)));
        }
        myComplaints.handle(new GenericDomainEventMessage<>("Complaint", stream.id().toString(), 0, events.get(0)));

        assertThat(lists.theBuyersOnlySummary()).isEqualTo(
                TheBuyerSees.aNegotiation(stream).build());
    }

    @Test
    void aRebuildsClear_emptiesTheList() {
        lists.given(aFiledComplaint());

        lists.myComplaints.clear();

        assertThat(lists.myComplaints(BUYER, null, 0, 20).totalItems()).isZero();
    }

    @Test
    void theTwinForTheShadowTables_readsAsTheSameReadModel_andWritesTheShadowSet() {
        SetBoundProjection<?> twin = lists.myComplaints.into(TableSet.SHADOW);

        assertThat(twin.readModel()).isEqualTo("my-complaints");
        assertThat(twin.writes()).isEqualTo(TableSet.SHADOW);
        assertThat(lists.myComplaints.writes()).isEqualTo(TableSet.PRIMARY);
    }

    @Test
    void eachListHasItsOwnProcessingGroup() {
        assertThat(MyComplaintsProjection.class.getAnnotation(ProcessingGroup.class).value()).isEqualTo("my-complaints");
        assertThat(ShopComplaintsProjection.class.getAnnotation(ProcessingGroup.class).value()).isEqualTo("shop-complaints");
    }
}
