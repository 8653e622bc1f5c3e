package org.marketplace.complaints.query.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The token table (TokenEntry, V2) read as it is, without claiming anything: JdbcTokenStore.fetchToken claims the
 * segment it reads, which would take it from the instance processing it. The tokens are deserialized with the
 * serializer the token store writes them with (the general one, config.TokenStoreConfig).
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Duration claimTimeout;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer,
                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.claimTimeout = claimTimeout;
    }

    /** The processor's segments in order; empty for a processor that never ran. */
    public List<StoredToken> of(String processor) {
        return jdbc.query("SELECT segment, token, tokenType, owner, timestamp FROM TokenEntry WHERE processorName = ? "
                        + "ORDER BY segment",
                (row, n) -> new StoredToken(row.getInt("segment"), token(row.getBytes("token"), row.getString("tokenType")),
                        row.getString("owner"), instant(row.getString("timestamp"))), processor);
    }

    /** The instances holding a live claim on a segment of any processor. */
    public List<String> liveOwners() {
        Instant now = Instant.now();
        return jdbc.query("SELECT owner, timestamp FROM TokenEntry WHERE owner IS NOT NULL",
                        (row, n) -> new StoredToken(0, null, row.getString("owner"), instant(row.getString("timestamp"))))
                .stream().filter(claim -> claim.claimed(now, claimTimeout)).map(StoredToken::owner).distinct().toList();
    }

    /**
     * Whether the claim is live. Axon compares the claims with the system clock, not with the service's Clock bean
     * (which a test may move), so this does too.
     */
    public boolean claimed(StoredToken token) {
        return token.claimed(Instant.now(), claimTimeout);
    }

    public Duration claimTimeout() {
        return claimTimeout;
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    private static Instant instant(String timestamp) {
        return timestamp == null ? null : DateTimeUtils.parseInstant(timestamp);
    }
}
