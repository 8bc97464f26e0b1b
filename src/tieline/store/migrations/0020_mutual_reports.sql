-- A report read as done by its two sides to each other ("Indian and Chinese troops clashed",
-- "both sides blamed the other") is one report marked mutual, no longer two (A on B, B on A),
-- and merging groups a pair's reports of a type in either order (a mutual report and the
-- one-way reports of the same happening are one event): every report gets its group again
-- and every event is merged again by the next corpus stage. Reports coded before keep
-- mutual = 0 (their two directions cannot be told from two one-way reports afterwards); the
-- next coding of an article marks them.
ALTER TABLE reports ADD COLUMN mutual INTEGER NOT NULL DEFAULT 0;
ALTER TABLE merged_events ADD COLUMN mutual INTEGER NOT NULL DEFAULT 0;
DELETE FROM merged_events;
UPDATE reports SET group_key = NULL, merged_id = NULL, merge_stale = 0;
