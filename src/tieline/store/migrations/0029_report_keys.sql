-- An undated report on a page with no date may join the one dated event of its group whose
-- reports share a number or a quoted passage with its sentence (analyze/merge.py
-- ``report_keys``). report_keys holds each report by those keys, so the reports that share
-- one are found by index, never by reading a group; reports.keyed is 0 until the corpus stage
-- has keyed the report's sentence. The undated reports already merged are merged again, as
-- the rule may now place them.
ALTER TABLE reports ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reports_unkeyed ON reports(id) WHERE keyed = 0;
CREATE TABLE report_keys (
    key       INTEGER NOT NULL,  -- a number or a quotation trigram of the report's sentence
    report_id TEXT NOT NULL REFERENCES reports(id),
    PRIMARY KEY (key, report_id)
) WITHOUT ROWID;
CREATE INDEX report_keys_report ON report_keys(report_id);
UPDATE reports SET merge_stale = 1 WHERE date IS NULL AND merged_id IS NOT NULL;
