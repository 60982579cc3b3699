-- What an evaluation saw, which rules fired and what it decided, and a case's reasons, grow with the facts inside
-- the rule set's windows: no length ceiling on them (issue 12). A CHARACTER VARYING without a length is unbounded
-- on PostgreSQL (like TEXT) and up to 1,000,000,000 characters on H2, stored in the row and read as a string (a CLOB
-- would go through H2's LOB storage on every read and write). NOT NULL is kept on both.
ALTER TABLE evaluation ALTER COLUMN facts SET DATA TYPE VARCHAR;
ALTER TABLE evaluation ALTER COLUMN fired SET DATA TYPE VARCHAR;
ALTER TABLE evaluation ALTER COLUMN outcome SET DATA TYPE VARCHAR;
ALTER TABLE case_file ALTER COLUMN reasons SET DATA TYPE VARCHAR;
