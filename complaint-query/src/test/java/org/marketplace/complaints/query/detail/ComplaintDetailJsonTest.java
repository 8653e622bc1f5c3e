package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.view.ComplaintDetail;

/** The detail's JSON: the summary's fields at the top level (api.md), and a client can read it back into the record. */
class ComplaintDetailJsonTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void theDetail_readsBackFromItsJson_withTheSummaryFieldsAtTheTopLevel() throws Exception {
        DetailFixture detail = new DetailFixture();
        ComplaintSteps story = aFiledComplaint().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L);
        ComplaintDetail shown = detail.projection.deliver(story).then(() -> detail.detail(story.id(), Parties.BUYER));

        String text = json.writeValueAsString(shown);

        assertThat(json.readTree(text).get("complaintId").asText()).isEqualTo(story.id().value());
        assertThat(json.readTree(text).has("summary")).isFalse();
        assertThat(json.readValue(text, ComplaintDetail.class)).isEqualTo(shown);
    }
}
