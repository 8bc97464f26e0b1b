-- A translation of a report is one source with it: two pages in different languages whose
-- numbers, dates and names chain in the same order (analyze/translations.py) are linked with
-- the kind 'translation', so the page and the API can say on what basis they are one story.
-- Profiles store the fingerprint (format 8), articles in another language than an earlier one
-- get translation keys: every current article is profiled, keyed and placed again.
CREATE TABLE story_links_new (
    a     TEXT NOT NULL REFERENCES articles(id),
    b     TEXT NOT NULL REFERENCES articles(id),
    kind  TEXT NOT NULL CHECK (kind IN ('copy', 'rewrite', 'translation')),
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
DROP TABLE story_links;
ALTER TABLE story_links_new RENAME TO story_links;
CREATE INDEX story_links_b ON story_links(b);
DELETE FROM story_keys;
DELETE FROM story_profiles;
DELETE FROM story_sketches;
UPDATE articles SET story_stage = NULL WHERE superseded_by IS NULL;
-- An article placed in a story whose original is in another language is its translation:
-- translation_of names that original (the corpus stage sets it with story_id and copy_of).
ALTER TABLE articles ADD COLUMN translation_of TEXT;
