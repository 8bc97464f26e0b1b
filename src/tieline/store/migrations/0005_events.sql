-- Events coded in each article (who did what to whom, when, how sure), one row per event and
-- its sentence. Rows of a superseded article stay with it, as its mentions do; queries read
-- only current articles. The corpus stage merges reports of one real event across articles.
CREATE TABLE events (
    id              TEXT PRIMARY KEY,             -- the coder's id (it hashes the article id)
    article_id      TEXT NOT NULL REFERENCES articles(id),
    type            TEXT NOT NULL COLLATE NOCASE, -- PLOVER event type (CONSULT, ACCUSE, ...)
    mode            TEXT COLLATE NOCASE,          -- PLOVER mode (visit, withdraw, ...)
    context         TEXT NOT NULL DEFAULT '[]',   -- JSON list of PLOVER contexts
    source_id       TEXT REFERENCES actors(id),   -- NULL: not a known actor (name etc. say who)
    source_name     TEXT,                         -- all source_* NULL: no source
    source_country  TEXT,
    source_sector   TEXT,
    source_kind     TEXT,
    target_id       TEXT REFERENCES actors(id),
    target_name     TEXT,
    target_country  TEXT,
    target_sector   TEXT,
    target_kind     TEXT,
    intensity       REAL NOT NULL CHECK (intensity BETWEEN -10 AND 10),  -- conflict .. cooperation
    status          TEXT NOT NULL
                    CHECK (status IN ('reported','planned','negated','hypothetical','claimed')),
    claimed_by      TEXT NOT NULL DEFAULT '[]',   -- JSON list, nearest source first
    date            TEXT,                         -- YYYY-MM-DD, YYYY-MM or YYYY; NULL: undated
    date_precision  TEXT CHECK (date_precision IN ('day','month','year')),
    date_basis      TEXT,                         -- text | publication | NULL
    date_text       TEXT,                         -- the temporal expression the date came from
    date_start      TEXT,                         -- first day of the date's period (YYYY-MM-DD)
    date_end        TEXT,                         -- last day of it (for --since/--until overlap)
    sentence_start  INTEGER NOT NULL,             -- character offsets in articles.text
    sentence_end    INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,             -- the words expressing the event
    trigger_end     INTEGER NOT NULL,
    quote           TEXT,                         -- a direct quote supporting it
    rule            TEXT NOT NULL DEFAULT '',     -- the lexicon entry that coded it
    stage           TEXT NOT NULL                 -- version of the events stage
);
CREATE INDEX events_article ON events(article_id, sentence_start);
CREATE INDEX events_source ON events(source_id);
CREATE INDEX events_target ON events(target_id);
-- a country argument also matches refs with no actor id but that country
CREATE INDEX events_source_country ON events(source_country) WHERE source_id IS NULL;
CREATE INDEX events_target_country ON events(target_country) WHERE target_id IS NULL;
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type ON events(type, mode);
