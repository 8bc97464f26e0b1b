-- Each profiled article's sketch: its size and small Bloom filters of its bigrams and
-- shingles (2 kB), enough to rule out most candidates without loading their profiles (a
-- table of its own: beside a profile it would be reached only through the profile's overflow
-- pages). A profile stored before has none: such a candidate is compared in full, and its
-- sketch is stored when its profile is loaded.
CREATE TABLE story_sketches (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    sketch     BLOB NOT NULL
);
-- The key lookup reads the article ids from the index, not from the table row by row.
DROP INDEX story_keys_key_day;
CREATE INDEX story_keys_lookup ON story_keys(key, day, article_id);
