package org.marketplace.complaints.query.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.marketplace.complaints.query.ops.cluster.NodeId;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.marketplace.complaints.query.tokens.TokenStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token store as Axon's auto-configuration builds it, but for the owner it writes into the claims: this
 * instance's {@link NodeId} (complaints.query.node-id), so that every instance, and every Spring context of a
 * test, claims segments under a name of its own. The claim timeout (axon.eventhandling.tokenstore.claim-timeout
 * in application.properties) is how long a killed instance's segments stay with it before another one may
 * take them over.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfig {

    @Bean
    NodeId nodeId(@Value("${complaints.query.node-id:}") String configured) {
        return NodeId.of(configured);
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, NodeId nodeId, StoredTokens stored) {
        return TokenStores.claimingAs(nodeId.value(), connections, serializer, stored);
    }
}
