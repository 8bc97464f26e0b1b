-- Actors (from the knowledge base as they are first mentioned, and learned ones), their
-- mentions in articles with character offsets, and the source chains articles state.
CREATE TABLE actors (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('country','person','organization','group')),
    country      TEXT,
    sector       TEXT,
    aliases      TEXT NOT NULL DEFAULT '[]',     -- JSON list
    origin       TEXT NOT NULL CHECK (origin IN ('kb','learned')),
    roles        TEXT NOT NULL DEFAULT '[]',     -- JSON list of {role, sector, start, end, ...}
    learned_from TEXT,                           -- the sentence that taught a learned actor
    learned_in   TEXT REFERENCES articles(id),
    organization TEXT                            -- for a person speaking for an organisation
);

CREATE TABLE mentions (
    article_id     TEXT NOT NULL REFERENCES articles(id),
    start          INTEGER NOT NULL,             -- character offsets in articles.text
    end            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    actor_id       TEXT REFERENCES actors(id),   -- NULL: a role whose holder is not known
    form           TEXT NOT NULL,
    country        TEXT,
    sector         TEXT,
    role           TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    stage          TEXT NOT NULL,                -- version of the actors stage
    PRIMARY KEY (article_id, start, end)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE source_links (
    article_id TEXT NOT NULL REFERENCES articles(id),
    outlet     TEXT,
    cited      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, cited, start)
) WITHOUT ROWID;
