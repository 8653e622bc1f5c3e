-- The command service's rate limits (complaints.rate-limits.*): one Bucket4j token bucket per caller and limit,
-- shared by every instance of the service. state is Bucket4j's serialized bucket; the command service swaps it
-- with a compare-and-swap on this column (ratelimit.H2Buckets).
CREATE TABLE rate_limit_bucket (
    id    VARCHAR(1024)          NOT NULL PRIMARY KEY,
    state BINARY VARYING(65536)  NOT NULL
);
