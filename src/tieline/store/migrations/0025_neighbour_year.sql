-- A page that states no date and that its dated neighbours date to no day may still be dated
-- to the year they all agree on (analyze/neighbours.py, ``neighbours_year``): neighbour_year is
-- that year (YYYY), its evidence in neighboured_from as for a day. A year is no page date
-- (``Article.shown_date`` leaves it out): it only gives the page's month-and-day phrases
-- without a year their year (report date_basis 'neighbours-year').
ALTER TABLE articles ADD COLUMN neighbour_year TEXT;
