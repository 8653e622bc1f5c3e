-- The fold version of each stored ComplaintFacts (readmodel.FactsJson.VERSION) beside the facts, in every table that
-- keeps them, in both table sets (V4/V5 and their shadows of V12/V13): a rebuild fills either.
--
-- A row written by an earlier release gets 0, "no version": the code's version is never 0, so such a row is not read
-- but folded again from its complaint's events (readmodel.FoldedFacts) when its projection next folds an event into
-- it or a query reads it, and written back under the current version. No rebuild is started: each row heals on use.

ALTER TABLE my_complaints ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE shop_complaints ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE arbitration_queue_facts ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE complaint_detail ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;

-- the shadow set, column for column
ALTER TABLE my_complaints_shadow ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE shop_complaints_shadow ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE arbitration_queue_facts_shadow ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE complaint_detail_shadow ADD COLUMN fold_version INTEGER DEFAULT 0 NOT NULL;
