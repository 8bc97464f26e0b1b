-- How each side of an event was found, so an inferred side can be told from a stated one:
-- 'stated' (written in the event's sentence), 'learned' (a person the sentence introduces by
-- role and country, stored as a learned actor), 'inferred-clause' (implied by the clause that
-- governs the event: "warned of measures if Georgia joins"), 'inferred-previous' (implied by
-- the sentence before, which the event's sentence continues). NULL where the side is NULL.
-- Reports coded before this migration: a learned actor's side is 'learned', any other
-- 'stated' (the coder inferred no side then but the answer of a denial to an accusation,
-- which cannot be told apart afterwards); the next coding of an article states it exactly.
ALTER TABLE events ADD COLUMN source_basis TEXT CHECK (source_basis IS NULL OR source_basis
    IN ('stated', 'learned', 'inferred-clause', 'inferred-previous'));
ALTER TABLE events ADD COLUMN target_basis TEXT CHECK (target_basis IS NULL OR target_basis
    IN ('stated', 'learned', 'inferred-clause', 'inferred-previous'));
ALTER TABLE merged_events ADD COLUMN source_basis TEXT;
ALTER TABLE merged_events ADD COLUMN target_basis TEXT;
UPDATE events SET source_basis = CASE WHEN source_id IN (SELECT id FROM actors WHERE
    origin = 'learned') THEN 'learned' ELSE 'stated' END WHERE source_name IS NOT NULL;
UPDATE events SET target_basis = CASE WHEN target_id IN (SELECT id FROM actors WHERE
    origin = 'learned') THEN 'learned' ELSE 'stated' END WHERE target_name IS NOT NULL;
UPDATE merged_events SET source_basis = CASE WHEN source_id IN (SELECT id FROM actors WHERE
    origin = 'learned') THEN 'learned' ELSE 'stated' END WHERE source_name IS NOT NULL;
UPDATE merged_events SET target_basis = CASE WHEN target_id IN (SELECT id FROM actors WHERE
    origin = 'learned') THEN 'learned' ELSE 'stated' END WHERE target_name IS NOT NULL;
