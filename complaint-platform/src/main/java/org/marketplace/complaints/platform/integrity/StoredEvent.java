package org.marketplace.complaints.platform.integrity;

/**
 * One row of the event store exactly as stored (Axon's DomainEventEntry): the auditors' source of truth.
 * Payload and metadata are the serialized bytes, so nothing is re-interpreted before it is shown or hashed.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metaData) {

    /** The columns, in the order {@link StoredEventRows#map} reads them. */
    public static final String COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, "
            + "timeStamp, payloadType, payloadRevision, payload, metaData";
}
