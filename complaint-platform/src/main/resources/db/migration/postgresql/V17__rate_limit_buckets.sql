-- The command service's rate limits (complaints.rate-limits.*): one Bucket4j token bucket per caller and limit,
-- shared by every instance of the service. state is Bucket4j's serialized bucket, nullable because Bucket4j's
-- PostgreSQL proxy manager (select for update) first inserts an empty row to lock it.
CREATE TABLE rate_limit_bucket (
    id    VARCHAR(1024) NOT NULL PRIMARY KEY,
    state BYTEA
);
