package org.marketplace.complaints.platform.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tamper evidence: each stored event's hash covers every stored column of the event and the hash of the event
 * before it in the same complaint, so editing, removing or reordering any stored event breaks the chain from
 * there on. The write side computes it when it appends; the audit recomputes it from the stored rows.
 */
public final class EventChain {

    /** The "previous hash" of a complaint's first event. */
    public static final String GENESIS = "0".repeat(64);

    private EventChain() {
    }

    /** SHA-256 (hex) over the previous hash and the event's stored form, each field length-prefixed. */
    public static String hash(String previousHash, StoredEvent event) {
        MessageDigest sha = sha256();
        field(sha, previousHash);
        field(sha, event.eventIdentifier());
        field(sha, event.aggregateIdentifier());
        field(sha, Long.toString(event.sequenceNumber()));
        field(sha, event.timeStamp());
        field(sha, event.payloadType());
        field(sha, event.payloadRevision());
        field(sha, event.payload());
        field(sha, event.metaData());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        field(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    // A length prefix (-1 for null) keeps ("ab", "c") and ("a", "bc") apart.
    private static void field(MessageDigest sha, byte[] value) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
