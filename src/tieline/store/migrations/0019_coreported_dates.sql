-- A page that states no date may be dated by the news it reports (analyze/coreport.py):
-- coreported is that day, coreported_from the JSON list of the dated articles that report the
-- same happenings within days of it (its evidence). coreport_keyed is 0 until the corpus
-- stage has keyed the article's reports by who acted on whom (coreport_keys), and again when
-- its reports or its date change, so the pages that share those keys are dated again.
ALTER TABLE articles ADD COLUMN coreported TEXT;
ALTER TABLE articles ADD COLUMN coreported_from TEXT;
ALTER TABLE articles ADD COLUMN coreport_keyed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_coreport_pending ON articles(id) WHERE coreport_keyed = 0;
CREATE TABLE coreport_keys (
    key        TEXT NOT NULL,   -- a specific pair of sides ("person-id|ARM"), analyze/coreport.py
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX coreport_keys_article ON coreport_keys(article_id);
