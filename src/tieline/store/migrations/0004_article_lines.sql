-- Which of an outlet's articles hold each short line (by key, as in outlet_lines), so that when
-- a line becomes recurring only the articles holding it are re-cut, found by index instead of by
-- reading the whole outlet. Articles stored before this migration are not listed: a line that
-- becomes recurring later is not cut from them.
CREATE TABLE article_lines (
    outlet   TEXT NOT NULL,
    line_key TEXT NOT NULL,
    article  TEXT NOT NULL REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (outlet, line_key, article)
) WITHOUT ROWID;
