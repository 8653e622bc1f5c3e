-- Several query-service instances on one database (see the README's "Operations").
--
-- Each running instance says here, every second, that it is alive: the segment balancer divides each
-- processor's segments by the number of live instances. Axon's token claims cannot tell this alone: a
-- newly started instance holds no claim yet (the first one claimed every segment), so it would stay
-- invisible and idle. last_seen is epoch milliseconds of the instance's clock, as Axon's claim timestamps
-- are; a row not refreshed within the claim timeout is a dead instance.
CREATE TABLE query_instances (
    node_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    started_at BIGINT       NOT NULL,
    last_seen  BIGINT       NOT NULL
);

-- A rebuild asked for but not started yet: every instance stops that read model's processor (releasing
-- its segments) when it sees the request, the requester resets the tokens once no other instance claims
-- a segment, and starting the rebuild clears the request, upon which all of them start the processor again.
ALTER TABLE read_model_tables ADD COLUMN rebuild_requested_by VARCHAR(255);
ALTER TABLE read_model_tables ADD COLUMN rebuild_requested_at TIMESTAMP WITH TIME ZONE;
