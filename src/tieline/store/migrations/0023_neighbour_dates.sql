-- A page that states no date, and gets none from its story or the news it reports, may be
-- dated by its dated neighbours (analyze/neighbours.py): neighboured is that day,
-- neighboured_from the JSON list of the dated articles of other stories whose rare names,
-- numbers and quotations it shares (its evidence). neighbour_keyed is 0 until the corpus
-- stage has keyed the article's text (neighbour_keys), and again when its text or date
-- changes, so the pages that share those keys are dated again.
ALTER TABLE articles ADD COLUMN neighboured TEXT;
ALTER TABLE articles ADD COLUMN neighboured_from TEXT;
ALTER TABLE articles ADD COLUMN neighbour_keyed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_neighbour_pending ON articles(id) WHERE neighbour_keyed = 0;
CREATE TABLE neighbour_keys (
    key        INTEGER NOT NULL,  -- a name, number or quotation trigram (analyze/neighbours.py)
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX neighbour_keys_article ON neighbour_keys(article_id);
