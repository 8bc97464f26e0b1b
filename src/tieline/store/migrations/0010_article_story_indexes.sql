-- Articles by story (a story's members), those not yet placed in one (the pending batch), and
-- those superseded (to retire): each found by index, not by reading every article. (These were
-- added to 0007 after it had shipped, so databases migrated before then lack them; IF NOT
-- EXISTS keeps databases that have them as they are.)
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_story_pending ON articles(id) WHERE story_stage IS NULL;
CREATE INDEX IF NOT EXISTS articles_superseded ON articles(id) WHERE superseded_by IS NOT NULL;
