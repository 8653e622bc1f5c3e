package org.marketplace.complaints.query.detail;

import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;

/**
 * A complaint's history as the command side stores it: real events, each with its sequence number and the
 * "actor" metadata, one step an hour. Start with {@link #aFiledComplaint()}; {@link ComplaintSteps} adds the steps.
 */
public class ComplaintStory {

    public static final Instant FILED_AT = Instant.parse("2025-03-01T08:00:00Z");
    public static final EvidenceItem PHOTO = new EvidenceItem(EvidenceKind.PHOTO, "file:photo-1", "破损照片");
    /** What the buyer wrote: Chinese with full-width punctuation, a character beyond the BMP (𠮷) and a line break. */
    public static final String DESCRIPTION = "收到的商品有明显破损，包装上写着“易碎”——𠮷字碗裂成两半。\n附：照片①";

    private final List<DomainEventMessage<ComplaintEvent>> messages = new ArrayList<>();
    private final ComplaintId id;
    private Instant clock;
    private int counter;

    ComplaintStory(OrderId order, ComplaintCategory category, Instant filedAt, DeadlinePolicy policy) {
        id = ComplaintId.forKey(BUYER_ID, order, category);
        clock = filedAt;
        add(BUYER.toString(), new ComplaintFiled(id, BUYER_ID, order, SELLER_ID, category, DESCRIPTION,
                List.of(PHOTO), policy, filedAt, filedAt.plus(policy.sellerResponse())));
    }

    public static ComplaintSteps aFiledComplaint() {
        return aFiledComplaint("order-1", ComplaintCategory.QUALITY_PROBLEM, FILED_AT);
    }

    /** Another complaint of buyer-1 against seller-1: the order and category make its id. */
    public static ComplaintSteps aFiledComplaint(String order, ComplaintCategory category, Instant filedAt) {
        return new ComplaintSteps(new OrderId(order), category, filedAt, DeadlinePolicy.DEFAULT);
    }

    /** Filed under other deadline windows than the default, as a command service configured otherwise files. */
    public static ComplaintSteps aFiledComplaint(String order, Instant filedAt, DeadlinePolicy policy) {
        return new ComplaintSteps(new OrderId(order), ComplaintCategory.OTHER, filedAt, policy);
    }

    /** Appends the event as done by {@code actor} (ROLE:id or SYSTEM:deadline). */
    ComplaintStory add(String actor, ComplaintEvent event) {
        messages.add(new GenericDomainEventMessage<>("Complaint", id.value(), messages.size(), event,
                MetaData.with("actor", actor)));
        return this;
    }

    Instant tick() {
        clock = clock.plus(Duration.ofHours(1));
        return clock;
    }

    int next() {
        return ++counter;
    }

    public List<DomainEventMessage<ComplaintEvent>> messages() {
        return List.copyOf(messages);
    }

    public List<ComplaintEvent> events() {
        return messages.stream().map(DomainEventMessage::getPayload).toList();
    }

    public ComplaintFacts facts() {
        return ComplaintFacts.replay(events());
    }

    public ComplaintId id() {
        return id;
    }

    /** When the last event happened. */
    public Instant now() {
        return clock;
    }
}
