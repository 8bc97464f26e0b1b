-- A side may be implied by the place an act is told at ('inferred-place': "was detained in
-- Akhalgori" by the authority holding Akhalgori, "thousands rallied in Tbilisi" by Georgia's
-- people; see annotate/custody.py). SQLite cannot change a CHECK in place: the table of
-- reports is rebuilt as migration 0026 did, with the columns added since (part, keyed) and
-- every index under its old name. report_keys refers to reports: its rows are kept aside
-- while the table is rebuilt (dropping a table deletes the rows that refer to it first).
CREATE TEMP TABLE report_keys_kept AS SELECT key, report_id FROM report_keys;
DELETE FROM report_keys;
CREATE TABLE reports_new (
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
    stage           TEXT NOT NULL,                -- version of the events stage
    group_key       TEXT,
    merged_id       TEXT,
    merge_stale     INTEGER NOT NULL DEFAULT 0,
    source_basis    TEXT CHECK (source_basis IS NULL OR source_basis IN
                    ('stated', 'learned', 'inferred-clause', 'inferred-previous',
                     'inferred-article', 'inferred-event', 'inferred-place')),
    target_basis    TEXT CHECK (target_basis IS NULL OR target_basis IN
                    ('stated', 'learned', 'inferred-clause', 'inferred-previous',
                     'inferred-article', 'inferred-event', 'inferred-place')),
    mutual          INTEGER NOT NULL DEFAULT 0,
    part            TEXT NOT NULL DEFAULT 'text' CHECK (part IN ('text', 'title')),
    keyed           INTEGER NOT NULL DEFAULT 0
);
INSERT INTO reports_new (
    id, article_id, type, mode, context, source_id, source_name, source_country,
    source_sector, source_kind, target_id, target_name, target_country, target_sector,
    target_kind, intensity, status, claimed_by, date, date_precision, date_basis, date_text,
    date_start, date_end, sentence_start, sentence_end, sentence, trigger_start, trigger_end,
    quote, rule, stage, group_key, merged_id, merge_stale, source_basis, target_basis, mutual,
    part, keyed)
SELECT
    id, article_id, type, mode, context, source_id, source_name, source_country,
    source_sector, source_kind, target_id, target_name, target_country, target_sector,
    target_kind, intensity, status, claimed_by, date, date_precision, date_basis, date_text,
    date_start, date_end, sentence_start, sentence_end, sentence, trigger_start, trigger_end,
    quote, rule, stage, group_key, merged_id, merge_stale, source_basis, target_basis, mutual,
    part, keyed
FROM reports;
DROP TABLE reports;
ALTER TABLE reports_new RENAME TO reports;
CREATE INDEX events_article ON reports(article_id, sentence_start);
CREATE INDEX events_source ON reports(source_id);
CREATE INDEX events_target ON reports(target_id);
CREATE INDEX events_source_country ON reports(source_country) WHERE source_id IS NULL;
CREATE INDEX events_target_country ON reports(target_country) WHERE target_id IS NULL;
CREATE INDEX events_date ON reports(date_start, date_end);
CREATE INDEX events_type ON reports(type, mode);
CREATE INDEX events_merged ON reports(merged_id);
CREATE INDEX events_stale ON reports(group_key) WHERE merge_stale = 1;
CREATE INDEX events_group_date ON reports(group_key, date);
CREATE INDEX events_undated ON reports(group_key) WHERE (date IS NULL OR
    date_precision IS NOT 'day' OR date < '0001' OR date(julianday(date)) IS NOT date);
CREATE INDEX reports_taker_source ON reports(type, coalesce(source_country, source_id))
    WHERE (target_basis IS NULL OR target_basis = 'inferred-event');
CREATE INDEX reports_taker_target ON reports(type, coalesce(target_country, target_id))
    WHERE (source_basis IS NULL OR source_basis = 'inferred-event');
CREATE INDEX reports_unkeyed ON reports(id) WHERE keyed = 0;
INSERT INTO report_keys (key, report_id) SELECT key, report_id FROM report_keys_kept;
DROP TABLE report_keys_kept;
