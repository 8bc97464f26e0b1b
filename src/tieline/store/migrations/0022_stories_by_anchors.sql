-- Versions of one text in other wording or another language are grouped by the names and
-- numbers they keep in the same order (their anchors): profiles store the anchors (format 6),
-- sketches a Bloom filter of them, and articles with enough anchors get anchor keys. Every
-- current article is profiled, keyed and placed again by the next corpus stage.
DELETE FROM story_keys;
DELETE FROM story_links;
DELETE FROM story_profiles;
DELETE FROM story_sketches;
UPDATE articles SET story_stage = NULL WHERE superseded_by IS NULL;
