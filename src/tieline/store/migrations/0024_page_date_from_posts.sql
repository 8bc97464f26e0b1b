-- A page may be dated by the signed posts it embeds ("— Name (@handle) August 30, 2019":
-- annotate/published.py, basis 'post'), which published_from's CHECK does not allow:
-- published_via takes its place ('url', 'dateline' or 'post'; published_from is kept for
-- the databases that read it, and no longer written).
ALTER TABLE articles ADD COLUMN published_via TEXT
    CHECK (published_via IS NULL OR published_via IN ('url', 'dateline', 'post'));
UPDATE articles SET published_via = published_from WHERE published_from IS NOT NULL;
