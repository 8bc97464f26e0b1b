-- Where an article's date came from, finer than published_basis allows (its CHECK predates
-- them): published_from is 'url' or 'dateline' when the date was read from the page's
-- address or its own stamp (published_basis is then 'text'), and published_text the words it
-- was read from. story_date is the date the corpus stage anchors the article's relative
-- phrases to when it is not the page's own: the date of its story's original, for a copy
-- without a date or a repost published much later than the original (NULL otherwise).
ALTER TABLE articles ADD COLUMN published_from TEXT
    CHECK (published_from IS NULL OR published_from IN ('url', 'dateline'));
ALTER TABLE articles ADD COLUMN published_text TEXT;
ALTER TABLE articles ADD COLUMN story_date TEXT;
-- A merged event's reports may date it differently (a day apart, or a month and a day in it):
-- the first and last of their dates, as JSON [first, last], NULL when they agree.
ALTER TABLE merged_events ADD COLUMN date_spread TEXT;
