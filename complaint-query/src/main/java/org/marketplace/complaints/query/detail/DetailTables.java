package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.ComplaintRules;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ReconsiderationView;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * The detail's tables in one table set: the facts, the case (description, seller's answer, ruling), the timeline,
 * the evidence, the offers, the withdrawal requests, the evidence requests, the suggestions, the interventions and
 * the reconsideration.
 * Their rows are written through the set's RowWrites, at the batch's commit (readmodel.RowWrites).
 * A table added here needs its *_shadow twin in the same migration, for rebuilds (readmodel.tables).
 */
record DetailTables(FoldedFacts facts, RowWrites writes, CaseRows cases, TimelineRows timeline, EvidenceRows evidence,
                    OfferRows offers, WithdrawalRequestRows withdrawalRequests, EvidenceRequestRows evidenceRequests,
                    SuggestionRows suggestions, InterventionRows interventions,
                    ReconsiderationRows reconsiderations) {

    static final String FACTS = "complaint_detail";

    /** {@code streams}: where facts stored under another fold version are rebuilt from (FoldedFacts). */
    static DetailTables in(TableSet set, JdbcTemplate jdbc, ComplaintStreams streams) {
        RowWrites writes = new RowWrites(jdbc, set.table(FACTS));
        return new DetailTables(new FoldedFacts(jdbc, set.table(FACTS), streams), writes,
                new CaseRows(jdbc, writes, set.table(CaseRows.TABLE)),
                new TimelineRows(jdbc, writes, set.table(TimelineRows.TABLE)),
                new EvidenceRows(jdbc, writes, set.table(EvidenceRows.TABLE)),
                new OfferRows(jdbc, writes, set.table(OfferRows.TABLE)),
                new WithdrawalRequestRows(jdbc, writes, set.table(WithdrawalRequestRows.TABLE)),
                new EvidenceRequestRows(jdbc, writes, set.table(EvidenceRequestRows.TABLE)),
                new SuggestionRows(jdbc, writes, set.table(SuggestionRows.TABLE)),
                new InterventionRows(jdbc, writes, set.table(InterventionRows.TABLE)),
                new ReconsiderationRows(jdbc, writes, set.table(ReconsiderationRows.TABLE)));
    }

    /** What an event folded in for the first time adds; {@code after}: the facts it led to. */
    void record(ComplaintEvent event, long sequence, String actor, ComplaintFacts after) {
        cases.recordFrom(event);
        timeline.append(event, sequence, actor);
        evidence.recordFrom(event, sequence, after);
        offers.recordFrom(event, sequence);
        withdrawalRequests.recordFrom(event, sequence);
        evidenceRequests.recordFrom(event, sequence);
        suggestions.recordFrom(event, sequence);
        interventions.recordFrom(event, sequence);
        reconsiderations.recordFrom(event, sequence);
    }

    /**
     * The complaint's detail for {@code viewer} at {@code now}, from {@code found}, this set's facts: the summary,
     * and whether the ruling is final by then, come from the facts and the rules, the rest from the rows.
     */
    ComplaintDetail detailOf(ComplaintFacts found, Actor viewer, Instant now) {
        ComplaintSummary summary = ComplaintSummary.of(found, viewer, now);
        ComplaintId id = summary.complaintId();
        CaseRows.Case filed = cases.of(id, viewer, ComplaintRules.isRulingFinal(found, now))
                .orElseGet(() -> new CaseRows.Case(null, null, null));
        ReconsiderationView reconsideration = reconsiderations.of(id, viewer,
                sequence -> evidence.of(id, sequence), summary.assignee()).orElse(null);
        return new ComplaintDetail(summary, filed.description(), filed.sellerResponse(), filed.ruling(),
                reconsideration, timeline.of(id, viewer), evidence.of(id), offers.of(id),
                withdrawalRequests.of(id, viewer, evidence.referencesBySequence(id)), evidenceRequests.of(id, viewer),
                suggestions.of(id, viewer), interventions.of(id));
    }

    void clear() {
        timeline.clear();
        evidence.clear();
        offers.clear();
        withdrawalRequests.clear();
        evidenceRequests.clear();
        suggestions.clear();
        interventions.clear();
        reconsiderations.clear();
        cases.clear();
        facts.clear();
    }
}
