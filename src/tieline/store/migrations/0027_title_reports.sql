-- A page's title is coded as a sentence of its page (annotate/headline.py), but it is not part
-- of articles.text: a report read in the title keeps its offsets into articles.title, and
-- says so here ('title'); every report stored before is read in the text ('text', the
-- default, so no row changes).
ALTER TABLE reports ADD COLUMN part TEXT NOT NULL DEFAULT 'text'
    CHECK (part IN ('text', 'title'));
