-- Stories keep only the links that join them (a new article is not compared with members of
-- a story it has already joined), and every member but the original is its copy; rewrite and
-- copy keys are hashed anew (multiply-shift instead of a modulo) and each article gets a key
-- for its content. So every current article is placed again by the next corpus stage.
DELETE FROM story_keys;
DELETE FROM story_links;
UPDATE articles SET story_stage = NULL WHERE superseded_by IS NULL;
