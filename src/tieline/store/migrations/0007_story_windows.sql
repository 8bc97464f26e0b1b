-- Story keys carry the article's publication day, so rewrite candidates are looked up within
-- a few days (an index on key then day) instead of across the whole corpus, and copy keys (LSH
-- bands of 5-word shingles) are looked up at any date. The keys are hashed
-- anew, so every current article is compared again by the next corpus stage.
DROP TABLE story_keys;
CREATE TABLE story_keys (
    key        INTEGER NOT NULL,                 -- rewrite key (position, minimum) or copy band
    day        INTEGER,                          -- publication day (ordinal); NULL if undated
    article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE INDEX story_keys_key_day ON story_keys(key, day);
CREATE INDEX story_keys_article ON story_keys(article_id);

-- Each compared article's profile (hashed shingles, bigrams, words and quotes; about the size
-- of its text), so a candidate is loaded, not profiled from its text again.
CREATE TABLE story_profiles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    data       BLOB NOT NULL
);
UPDATE articles SET story_stage = NULL WHERE superseded_by IS NULL;

-- A report to merge again (its article left its story or was superseded) keeps naming the
-- merged event it was in, so that event is replaced, not left behind; new reports have no
-- merged_id yet.
ALTER TABLE events ADD COLUMN merge_stale INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_stale ON events(group_key) WHERE merge_stale = 1;

-- Merged events are read a page at a time in date order (undated last).
CREATE INDEX merged_order ON merged_events(date_start IS NULL, date_start, date_end, id);
