package org.marketplace.complaints.platform.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the hash chain, by id: the active one seals new events, every one verifies the events sealed
 * with it, so a rotation (a new active key, the old ones kept) leaves the whole history verifiable. Each stored
 * hash records the id of its key; a hash without one is the legacy unkeyed SHA-256 of events stored before V18.
 */
public final class ChainKeys {

    static final String ALGORITHM = "HmacSHA256";
    /** Lower-case letters and digits: an id must survive Spring's environment-variable binding unchanged. */
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");
    /** HMAC-SHA256's own block of entropy: a shorter secret would be the weak link. */
    static final int MIN_SECRET_BYTES = 32;

    private final String activeKeyId;
    private final Map<String, SecretKey> keys = new TreeMap<>();

    public ChainKeys(String activeKeyId, Map<String, byte[]> secrets) {
        secrets.forEach((id, secret) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("integrity key id '" + id + "' must be 1-32 lower-case letters or digits");
            }
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("integrity key '" + id + "' has " + secret.length + " bytes; at least "
                        + MIN_SECRET_BYTES + " are needed");
            }
            keys.put(id, new SecretKeySpec(secret, ALGORITHM));
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("the active integrity key '" + activeKeyId + "' is not among the "
                    + "configured keys " + keys.keySet());
        }
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    /** The hash the write side stores for an event, with the id of the key it was made with. */
    public Seal seal(String previousHash, StoredEvent event) {
        return new Seal(activeKeyId, EventChain.keyed(activeKeyId, keys.get(activeKeyId), previousHash, event));
    }

    /** Checks a stored hash (and the id of its key, null for the legacy format) against the stored event. */
    public Verdict check(String previousHash, StoredEvent event, String keyId, String storedHash) {
        if (storedHash == null) {
            return Verdict.MISMATCH;
        }
        if (keyId != null && !keys.containsKey(keyId)) {
            return Verdict.UNKNOWN_KEY;
        }
        String expected = keyId == null ? EventChain.unkeyed(previousHash, event)
                : EventChain.keyed(keyId, keys.get(keyId), previousHash, event);
        // constant time: the verifier must not tell a forger how many leading characters were right
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                storedHash.trim().getBytes(StandardCharsets.US_ASCII));
        return !same ? Verdict.MISMATCH : keyId == null ? Verdict.UNKEYED : Verdict.KEYED;
    }

    /** A stored hash and the id of the key it was made with. */
    public record Seal(String keyId, String hash) {
    }

    /** What a stored hash says about its event. */
    public enum Verdict {
        /** made with a configured key over exactly the stored event */
        KEYED,
        /** the legacy unkeyed SHA-256, matching: evidence against accidents, not against a database writer */
        UNKEYED,
        /** the stored event or its hash was changed, or it has none */
        MISMATCH,
        /** made with a key this service is not configured with */
        UNKNOWN_KEY
    }
}
