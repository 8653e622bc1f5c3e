package org.marketplace.complaints.query.freshness;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Asks a read model through Axon's query bus once it has caught up with the caller's last write
 * (X-Min-Event-Position): every query endpoint does both, in this order.
 */
@Component
public class FreshQueries {

    private final QueryGateway queries;
    private final ProjectionFreshness freshness;

    FreshQueries(QueryGateway queries, ProjectionFreshness freshness) {
        this.queries = queries;
        this.freshness = freshness;
    }

    public <R> R ask(String processingGroup, Long minPosition, Object query, Class<R> answer) {
        freshness.awaitProcessed(processingGroup, minPosition);
        return queries.query(query, answer).join();
    }
}
