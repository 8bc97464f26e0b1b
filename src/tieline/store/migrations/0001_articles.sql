-- Articles, their full-text index, ingest runs, the reject log, and what has been read.
CREATE TABLE articles (
    id              TEXT PRIMARY KEY,            -- hash of URL + normalised content
    url             TEXT,
    outlet          TEXT,
    title           TEXT,
    author          TEXT,
    published       TEXT,                        -- YYYY-MM-DD or NULL, never invented
    published_basis TEXT NOT NULL CHECK (published_basis IN ('metadata','manifest','text','unknown')),
    lang            TEXT,
    lang_mixed      INTEGER NOT NULL DEFAULT 0,
    langs           TEXT NOT NULL DEFAULT '{}',  -- JSON {lang: share of words}
    words           INTEGER NOT NULL,
    text            TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    origin          TEXT NOT NULL,               -- the input it came from
    version         INTEGER NOT NULL DEFAULT 1,  -- n-th distinct content seen at this URL
    superseded_by   TEXT REFERENCES articles(id),
    story_id        TEXT,
    copy_of         TEXT REFERENCES articles(id),
    warnings        TEXT NOT NULL DEFAULT '[]',  -- JSON list
    stages          TEXT NOT NULL,               -- JSON {stage: version} that produced the row
    run_id          INTEGER REFERENCES runs(id),
    ingested_at     TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,                   -- JSON list of the paths named
    stored      INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE rejects (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES runs(id),
    origin  TEXT NOT NULL,
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL
);

-- Inputs fully read and stored, by content hash and stage versions: a re-run skips them.
CREATE TABLE sources (
    key     TEXT PRIMARY KEY,
    origin  TEXT NOT NULL,
    run_id  INTEGER NOT NULL REFERENCES runs(id)
);

-- Short lines per outlet, counted over distinct articles, to find an outlet's own chrome.
CREATE TABLE outlet_lines (
    outlet   TEXT NOT NULL,
    line_key TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (outlet, line_key)
) WITHOUT ROWID;
