-- Articles whose text got lines back after it was annotated: outlet chrome was cut from them,
-- then so many of their lines became recurring that they count as a copy, not chrome, and are
-- kept whole again. The lines that come back were never annotated in this article, so the
-- article is annotated again from its whole text at the end of the ingest (or of the next one,
-- if that one was stopped first); until then its mentions and reports are left out.
CREATE TABLE annotate_again (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
