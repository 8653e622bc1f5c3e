package org.marketplace.complaints.query.tokens;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC token store over the token table (V2), claiming segments as {@code owner}: the processors' one claims
 * as this instance (config.TokenStoreConfig), a rebuild's replays as themselves (ops.rebuild.RebuildReplays).
 */
public final class TokenStores {

    private TokenStores() {
    }

    public static TokenStore claimingAs(String owner, ConnectionProvider connections, Serializer serializer,
                                        StoredTokens stored) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                // the default schema: the table and column names of the V2 migration
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                // one setting read in one place: the claims the token store writes are judged by the same timeout
                .claimTimeout(stored.claimTimeout())
                .nodeId(owner)
                .build();
    }
}
