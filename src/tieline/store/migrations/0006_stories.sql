-- The corpus stage: stories (copies and rewrites of one report) and merged events (the
-- reports of one real-world event across sentences and articles).

-- MinHash keys of an article's content-word bigrams, one per hash position: two articles
-- sharing several positions are compared (locality-sensitive hashing kept in the database,
-- so a new article finds its candidates without reading the corpus).
CREATE TABLE story_keys (
    key        INTEGER NOT NULL,                 -- hash of (position, minimum hash value)
    article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE INDEX story_keys_key ON story_keys(key);
CREATE INDEX story_keys_article ON story_keys(article_id);

-- A copy or rewrite between two articles (a < b by id), with the similarity that decided it.
CREATE TABLE story_links (
    a     TEXT NOT NULL REFERENCES articles(id),
    b     TEXT NOT NULL REFERENCES articles(id),
    kind  TEXT NOT NULL CHECK (kind IN ('copy', 'rewrite')),
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX story_links_b ON story_links(b);

-- Articles the corpus stage has placed in a story (story_id alone is not enough: a story of
-- one keeps story_id = its own id).
ALTER TABLE articles ADD COLUMN story_stage TEXT;

-- Each reported event belongs to a merge group (type, the actor pair, the status class) and,
-- once merged, to one merged event.
ALTER TABLE events ADD COLUMN group_key TEXT;
ALTER TABLE events ADD COLUMN merged_id TEXT;
CREATE INDEX events_group ON events(group_key);
CREATE INDEX events_merged ON events(merged_id);

-- One real-world event: the members' consensus, with how many articles report it and how
-- many independent stories those articles come from.
CREATE TABLE merged_events (
    id                  TEXT PRIMARY KEY,         -- the id of its first report
    group_key           TEXT NOT NULL,
    type                TEXT NOT NULL COLLATE NOCASE,
    mode                TEXT COLLATE NOCASE,
    context             TEXT NOT NULL DEFAULT '[]',
    source_id           TEXT,
    source_name         TEXT,
    source_country      TEXT,
    source_sector       TEXT,
    source_kind         TEXT,
    target_id           TEXT,
    target_name         TEXT,
    target_country      TEXT,
    target_sector       TEXT,
    target_kind         TEXT,
    intensity           REAL NOT NULL,
    status              TEXT NOT NULL,
    claimed_by          TEXT NOT NULL DEFAULT '[]',
    date                TEXT,
    date_precision      TEXT,
    date_basis          TEXT,
    date_text           TEXT,
    date_start          TEXT,
    date_end            TEXT,
    rule                TEXT NOT NULL DEFAULT '',
    reports             INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL
);
CREATE INDEX merged_group ON merged_events(group_key);
CREATE INDEX merged_source ON merged_events(source_id);
CREATE INDEX merged_target ON merged_events(target_id);
CREATE INDEX merged_source_country ON merged_events(source_country);
CREATE INDEX merged_target_country ON merged_events(target_country);
CREATE INDEX merged_date ON merged_events(date_start, date_end);
CREATE INDEX merged_type ON merged_events(type, mode);
