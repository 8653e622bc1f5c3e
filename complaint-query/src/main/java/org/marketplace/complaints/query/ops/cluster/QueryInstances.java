package org.marketplace.complaints.query.ops.cluster;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The query-service instances running on this database (query_instances, V15): each one renews its row every
 * balancing round and deletes it when it stops. A row not renewed within the token claim timeout is a killed
 * instance, gone as far as the others are concerned, as its segment claims are. Times are the instances'
 * own clocks, as Axon's claims are: their clocks must agree to well within that timeout.
 */
@Component
public class QueryInstances {

    private final JdbcTemplate jdbc;
    private final NodeId self;
    private final StoredTokens tokens;
    private final long startedAt = Instant.now().toEpochMilli();

    QueryInstances(JdbcTemplate jdbc, NodeId self, StoredTokens tokens) {
        this.jdbc = jdbc;
        this.self = self;
        this.tokens = tokens;
    }

    public NodeId self() {
        return self;
    }

    /** This instance is alive: renews its row, and drops the rows of instances long gone. */
    public void heartbeat() {
        long now = Instant.now().toEpochMilli();
        if (jdbc.update("UPDATE query_instances SET last_seen = ? WHERE node_id = ?", now, self.value()) == 0) {
            try {
                jdbc.update("INSERT INTO query_instances (node_id, started_at, last_seen) VALUES (?, ?, ?)",
                        self.value(), startedAt, now);
            } catch (DuplicateKeyException raced) {
                // another round of this instance inserted it meanwhile: the row is there
            }
        }
        jdbc.update("DELETE FROM query_instances WHERE last_seen < ?", now - 10 * timeout().toMillis());
    }

    /**
     * Every live instance: those that renewed their row within the claim timeout, and this one. Not every owner of
     * a live segment claim: a rebuild's replay claims under a name of its own (ops.rebuild), and counted as an
     * instance it halved every processor's share while it ran, leaving segments of the live read models to nobody.
     */
    public Set<String> live() {
        long since = Instant.now().minus(timeout()).toEpochMilli();
        Set<String> live = new TreeSet<>(jdbc.queryForList("SELECT node_id FROM query_instances WHERE last_seen > ?",
                String.class, since));
        live.add(self.value());
        return live;
    }

    /** A stopping instance leaves at once, so that the others count without it in their next round. */
    @PreDestroy
    void leave() {
        try {
            jdbc.update("DELETE FROM query_instances WHERE node_id = ?", self.value());
        } catch (DataAccessException closing) {
            // the database went first (an embedded one closing with the JVM): the row times out instead
        }
    }

    private Duration timeout() {
        return tokens.claimTimeout();
    }
}
