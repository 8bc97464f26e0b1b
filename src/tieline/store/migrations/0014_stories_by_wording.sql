-- Stories are decided on what the writers wrote around the quotations (a shared quotation is
-- evidence of one event, not of copying) and on the order of their sentences; profiles store
-- the wording outside quotes and each sentence (format 2). Every current article is profiled,
-- keyed and placed again by the next corpus stage, and its reports merged again.
DELETE FROM story_keys;
DELETE FROM story_links;
DELETE FROM story_profiles;
DELETE FROM story_sketches;
UPDATE articles SET story_stage = NULL WHERE superseded_by IS NULL;
