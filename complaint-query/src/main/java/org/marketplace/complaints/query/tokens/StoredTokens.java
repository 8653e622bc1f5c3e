package org.marketplace.complaints.query.tokens;

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
 * serializer the token store writes them with (the general one, config.TokenStoreConfig). The one place that
 * reads the table, so that its columns, its serializer and its claim timeout are known once: the read-your-writes
 * wait (freshness), the operators' views (ops) and the token store's own configuration read it through here.
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

    /**
     * The instances holding a live claim on a segment of the processor, with its token rows locked until the
     * caller's transaction ends, so that no instance claims one meanwhile.
     */
    public List<String> lockClaims(String processor) {
        return jdbc.query("SELECT owner, timestamp FROM TokenEntry WHERE processorName = ? ORDER BY segment FOR UPDATE",
                        (row, n) -> new StoredToken(0, null, row.getString("owner"), instant(row.getString("timestamp"))),
                        processor)
                .stream().filter(this::claimed).map(StoredToken::owner).distinct().toList();
    }

    /**
     * Sets the processor's tokens before the first event, claimed by {@code owner} (call in a transaction, with no
     * live claim on them, see lockClaims): the owner replays them from the start, and if it lets go, or its claim
     * expires, whichever instance claims a segment next goes on from its stored token (Axon reads a null token as
     * "from the first event"). {@code owner} null leaves them unclaimed.
     */
    public void restartFromTheFirstEvent(String processor, String owner) {
        jdbc.update("UPDATE TokenEntry SET token = NULL, tokenType = NULL, owner = ?, timestamp = ? "
                + "WHERE processorName = ?", owner, DateTimeUtils.formatInstant(Instant.now()), processor);
    }

    /**
     * The highest position among the processor's stored tokens, 0 without any, with its token rows locked until
     * the caller's transaction ends: the processor commits no batch meanwhile (each stores its token), so nothing
     * it has applied lies beyond the answer while the transaction lasts.
     */
    public long lockHighest(String processor) {
        return jdbc.query("SELECT token, tokenType FROM TokenEntry WHERE processorName = ? ORDER BY segment FOR UPDATE",
                        (row, n) -> token(row.getBytes("token"), row.getString("tokenType")), processor)
                .stream().mapToLong(token -> token == null ? 0 : token.position().orElse(0)).max().orElse(0);
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
