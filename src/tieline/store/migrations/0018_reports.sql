-- One word per thing: the table of per-sentence codings is `reports` (one row per event a
-- sentence of an article reports); `merged_events` holds the real-world events merged from
-- them. SQLite renames the table in place (its rows, indexes and foreign keys go with it;
-- the indexes keep their events_* names, which nothing reads).
ALTER TABLE events RENAME TO reports;

-- A cited outlet is a citation; an input (file, JSONL or WARC) read whole is an input.
ALTER TABLE source_links RENAME TO citations;
ALTER TABLE sources RENAME TO inputs;
