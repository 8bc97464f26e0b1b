-- Ingest bookkeeping that makes re-runs and outlet chrome removal independent of input order.

-- How many articles each fully-read input yielded, so that skipping it on a later run can say
-- how many articles are already stored (rows from before this migration say 0).
ALTER TABLE sources ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;

-- The text as the per-article stages produced it, kept only when lines that recur across the
-- outlet's articles were then removed from `text` (NULL: `text` is that text). When more of the
-- outlet's articles arrive and a line becomes recurring, stored articles are re-cut from it, so
-- the stored text does not depend on the order the articles came in.
ALTER TABLE articles ADD COLUMN extracted_text TEXT;

-- outlet_lines counts each distinct content of an outlet once: looked up by content hash.
CREATE INDEX articles_content_hash ON articles(content_hash);
