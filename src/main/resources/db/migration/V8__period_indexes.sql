-- A year's disposals and the ledger's size as at a day, found by an index (issue 7: the audit book of a ten-year
-- store, and its 自己点検). Measured on the ten-year data (AES store, cold cache, test machine):
--   * "status = 'COMPLETED' AND executed_at in the year" went through disposal_record_status_idx, reading all
--     47,886 completed records to keep 3,232 (1.0–2.5 s, three times per book). With status and executed_at
--     in one index both conditions are used; it also serves every lookup by status alone, so the old index goes.
--   * COUNT and MAX(confidentiality) of the assets registered by a day scanned the whole asset table (1.9 s);
--     an index on (registered_on, confidentiality) answers it from the index alone.
CREATE INDEX disposal_record_status_executed_idx ON disposal_record (status, executed_at);
DROP INDEX disposal_record_status_idx;

CREATE INDEX asset_registered_on_idx ON asset (registered_on, confidentiality);
