-- Merge groups are keyed by the participants' countries (a leader and their country are one
-- participant to group by; two people of one country are kept apart inside the group), and an
-- undated report may join the one event dated in the days before its article's date: every
-- report gets its group again and every event is merged again by the next corpus stage.
DELETE FROM merged_events;
UPDATE events SET group_key = NULL, merged_id = NULL, merge_stale = 0;
