-- The corpus stage looks for the side a one-sided report takes only around what changed
-- (analyze/attach.py ``attach_sides``): the one-sided reports in the places of the reports
-- not merged yet, found by index, and the reports holding a side taken from one of those.
-- side_witnesses names, for each report holding a side taken, the two-sided reports it was
-- taken from (written each time the report is looked at again), so a change to one of them
-- finds the reports that took from it, wherever the change moved it. articles_anchor finds
-- the articles dated to a day (their date as merging anchors their undated reports: their
-- story's, else their own, else their news's, else their neighbours'; store/merged.py
-- _ANCHOR, word for word), whose undated reports may take from a report of the days before.
-- The reports holding a side taken before this migration are marked for merging again, so
-- the next run looks at them and writes where their side came from.
CREATE TABLE side_witnesses (
    report_id   TEXT NOT NULL,  -- a report holding a side taken ('inferred-event')
    witness_id  TEXT NOT NULL,  -- a two-sided report of the happening it was taken from
    PRIMARY KEY (witness_id, report_id)
) WITHOUT ROWID;
CREATE INDEX side_witnesses_report ON side_witnesses(report_id);
CREATE INDEX articles_anchor ON articles(coalesce(story_date, published, coreported,
                                                  neighboured));
UPDATE reports SET merge_stale = 1
    WHERE source_basis = 'inferred-event' OR target_basis = 'inferred-event';
