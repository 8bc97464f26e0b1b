-- Story keys are kept by block of 64 publication days, then by key and day. A key-first index
-- puts the keys of a day's articles all over it, so storing a batch rewrites most of its pages
-- and costs more as the corpus grows; kept by block, the rewrite keys of a day's news land
-- together, in the blocks of recent days. Blocks: day / 64 for the rewrite keys of a dated
-- article (looked up within REWRITE_DAYS, so in one or two blocks, then by key and the days
-- around), -1 for those of an undated article, -2 for copy and content keys (looked up at any
-- date: key 2^40 and above). Without a rowid: the table is its own lookup index.
CREATE TABLE story_keys_by_block (
    block      INTEGER NOT NULL,
    key        INTEGER NOT NULL,
    day        INTEGER NOT NULL,                 -- publication day (ordinal); 0 if undated
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (block, key, day, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO story_keys_by_block(block, key, day, article_id)
    SELECT CASE WHEN key >= 1099511627776 THEN -2 WHEN day IS NULL THEN -1 ELSE day / 64 END,
           key, coalesce(day, 0), article_id FROM story_keys
    ORDER BY 1, 2, 3, 4;  -- (in index order)
DROP TABLE story_keys;
ALTER TABLE story_keys_by_block RENAME TO story_keys;
CREATE INDEX story_keys_article ON story_keys(article_id);

-- Merging reads a group's reports around given dates, not the whole group; and its reports not
-- dated to a real day (no date, a coarser one, a malformed one: what an undated report of the
-- same story may join), not every report of a story.
DROP INDEX events_group;
CREATE INDEX events_group_date ON events(group_key, date);
CREATE INDEX events_undated ON events(group_key) WHERE (date IS NULL OR
    date_precision IS NOT 'day' OR date < '0001' OR date(julianday(date)) IS NOT date);
