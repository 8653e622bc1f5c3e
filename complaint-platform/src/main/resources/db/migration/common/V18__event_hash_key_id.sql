-- Keyed hash chain: from now on each hash is an HMAC-SHA256 under a key from configuration (never stored here),
-- and key_id names that key, so that the audit can verify after a key rotation with the key each event was
-- sealed with. Hashes written before this migration keep key_id NULL: the legacy unkeyed SHA-256, which the
-- audit still verifies and counts as unkeyed. Same length (64 hex characters) for both formats.
ALTER TABLE event_hash ADD COLUMN key_id VARCHAR(32);
