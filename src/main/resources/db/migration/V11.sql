-- TEMPORARY PLACEHOLDER (branch i20 only): issue 18's V11 (i18m) was not on main at 08:00, and migrations
-- must have no gaps, so this empty V11 lets issue 20's V12 apply. DROP THIS FILE (this commit) when merging:
-- the real V11 replaces it.
SELECT 1;
