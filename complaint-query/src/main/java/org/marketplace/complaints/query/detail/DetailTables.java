package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.ComplaintRules;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.EvidenceRequestView;
import org.marketplace.complaints.api.view.InterventionView;
import org.marketplace.complaints.api.view.OfferHistoryView;
import org.marketplace.complaints.api.view.ReconsiderationView;
import org.marketplace.complaints.api.view.TimelineEntry;
import org.marketplace.complaints.api.view.WithdrawalRequestView;
import org.marketplace.complaints.api.view.WithdrawalSuggestionView;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The detail's tables in one table set: the facts, the case (description, seller's answer, ruling), the timeline,
 * the evidence, the offers, the withdrawal requests, the evidence requests, the suggestions, the interventions and
 * the reconsideration.
 * Their rows are written through the set's RowWrites, at the batch's commit (readmodel.RowWrites).
 * A table added here needs its *_shadow twin in the same migration, for rebuilds (readmodel.tables).
 */
record DetailTables(FoldedFacts facts, Reads.Source reads, RowWrites writes, CaseRows cases, TimelineRows timeline, EvidenceRows evidence,
                    OfferRows offers, WithdrawalRequestRows withdrawalRequests, EvidenceRequestRows evidenceRequests,
                    SuggestionRows suggestions, InterventionRows interventions,
                    ReconsiderationRows reconsiderations) {

    static final String FACTS = "complaint_detail";

    /** {@code streams}: where facts stored under another fold version are rebuilt from (FoldedFacts). */
    static DetailTables in(TableSet set, JdbcTemplate jdbc, ComplaintStreams streams) {
        RowWrites writes = new RowWrites(jdbc, set.table(FACTS));
        return new DetailTables(new FoldedFacts(jdbc, set.table(FACTS), streams), new Reads.Source(jdbc), writes,
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
     * and whether the ruling is final by then, come from the facts and the rules, the rest from the rows, all read
     * together (readmodel.Reads); the evidence first, since the reconsideration and the withdrawal requests name theirs.
     */
    ComplaintDetail detailOf(ComplaintFacts found, Actor viewer, Instant now) {
        ComplaintSummary summary = ComplaintSummary.of(found, viewer, now);
        ComplaintId id = summary.complaintId();
        Reads together = reads.reads();
        Supplier<EvidenceRows.OnFile> onFile = evidence.of(together, id);
        Supplier<Optional<CaseRows.Case>> filed = cases.of(together, id, viewer,
                ComplaintRules.isRulingFinal(found, now));
        Supplier<Optional<ReconsiderationView>> reconsideration = reconsiderations.of(together, id, viewer,
                sequence -> onFile.get().broughtBy(sequence), summary.assignee());
        Supplier<List<TimelineEntry>> entries = timeline.of(together, id, viewer);
        Supplier<List<OfferHistoryView>> offered = offers.of(together, id);
        Supplier<List<WithdrawalRequestView>> requested = withdrawalRequests.of(together, id, viewer,
                sequence -> onFile.get().referencesBroughtBy(sequence));
        Supplier<List<EvidenceRequestView>> asked = evidenceRequests.of(together, id, viewer);
        Supplier<List<WithdrawalSuggestionView>> suggested = suggestions.of(together, id, viewer);
        Supplier<List<InterventionView>> intervened = interventions.of(together, id);
        together.run();
        CaseRows.Case on = filed.get().orElseGet(() -> new CaseRows.Case(null, null, null));
        return new ComplaintDetail(summary, on.description(), on.sellerResponse(), on.ruling(),
                reconsideration.get().orElse(null), entries.get(), onFile.get().all(), offered.get(), requested.get(),
                asked.get(), suggested.get(), intervened.get());
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
