package org.marketplace.complaints.platform.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Tamper evidence: each stored event's hash covers every stored column of the event and the hash of the event
 * before it in the same complaint, so editing, removing or reordering any stored event breaks the chain from
 * there on. The hash is over the stored bytes, never over a payload as upcasters later present it: it vouches
 * for what is in the table. The write side computes it when it appends; the audit recomputes it from the rows.
 * <p>
 * Since V18 the hash is an HMAC-SHA256 under a key from configuration ({@link ChainKeys}), which the database
 * never holds: whoever can write to the database can no longer recompute a chain over an edited event. Events
 * hashed before then keep their plain SHA-256 ({@link #unkeyed}), the legacy format.
 */
public final class EventChain {

    /** The "previous hash" of a complaint's first event. */
    public static final String GENESIS = "0".repeat(64);

    private EventChain() {
    }

    /**
     * HMAC-SHA256 (hex) under {@code key}: the key id, the previous hash and the event's stored form, each field
     * length-prefixed. The key id is inside the MAC so that a hash cannot be relabelled with another id.
     */
    public static String keyed(String keyId, SecretKey key, String previousHash, StoredEvent event) {
        Mac mac = hmac(key);
        field(mac::update, keyId.getBytes(StandardCharsets.UTF_8));
        fields(mac::update, previousHash, event);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The legacy format (before V18): SHA-256 (hex) over the previous hash and the stored form, no key. */
    public static String unkeyed(String previousHash, StoredEvent event) {
        MessageDigest sha = sha256();
        fields(sha::update, previousHash, event);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void fields(Consumer<byte[]> sink, String previousHash, StoredEvent event) {
        field(sink, previousHash);
        field(sink, event.eventIdentifier());
        field(sink, event.aggregateIdentifier());
        field(sink, Long.toString(event.sequenceNumber()));
        field(sink, event.timeStamp());
        field(sink, event.payloadType());
        field(sink, event.payloadRevision());
        field(sink, event.payload());
        field(sink, event.metaData());
    }

    private static void field(Consumer<byte[]> sink, String value) {
        field(sink, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    // A length prefix (-1 for null) keeps ("ab", "c") and ("a", "bc") apart.
    private static void field(Consumer<byte[]> sink, byte[] value) {
        sink.accept(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sink.accept(value);
        }
    }

    private static Mac hmac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance(ChainKeys.ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java platform has HmacSHA256", impossible);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
