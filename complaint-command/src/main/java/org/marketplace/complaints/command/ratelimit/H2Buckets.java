package org.marketplace.complaints.command.ratelimit;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The buckets in the embedded H2 database. Bucket4j ships proxy managers for PostgreSQL, MySQL and others, but none
 * for H2, so this one sits on Bucket4j's compare-and-swap extension point: read the bucket's bytes, let Bucket4j
 * compute the new state, write it only if the bytes are still those read (an INSERT for a new bucket, whose
 * primary key refuses a second one), and Bucket4j starts over when another instance or thread won. Compare-and-swap
 * rather than Bucket4j's select-for-update base: it needs only portable SQL and no row locks held across
 * statements, which over H2's AUTO_SERVER connection would be one more thing to get stuck on.
 */
final class H2Buckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private final JdbcTemplate jdbc;

    H2Buckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault());
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                List<byte[]> states = jdbc.query("SELECT state FROM rate_limit_bucket WHERE id = ?",
                        (row, i) -> row.getBytes(1), key);
                return states.stream().findFirst();
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] replacement, RemoteBucketState state,
                                          Optional<Long> timeoutNanos) {
                return original == null ? created(key, replacement) : jdbc.update(
                        "UPDATE rate_limit_bucket SET state = ? WHERE id = ? AND state = ?", replacement, key, original) == 1;
            }
        };
    }

    private boolean created(String key, byte[] state) {
        try {
            return jdbc.update("INSERT INTO rate_limit_bucket (id, state) VALUES (?, ?)", key, state) == 1;
        } catch (DuplicateKeyException anotherWasFirst) {
            return false;
        }
    }

    @Override
    public void removeProxy(String key) {
        jdbc.update("DELETE FROM rate_limit_bucket WHERE id = ?", key);
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("JDBC is synchronous");
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("JDBC is synchronous");
    }
}
