-- Xinyu on PostgreSQL: two roles, so that the running application cannot rewrite its own audit trail.
--
--   xinyu_owner  owns the schema and every table; runs the Flyway migrations; never used by the running app.
--   xinyu_app    what Xinyu connects as (XINYU_DB_USER): reads and writes data, but on audit_entry it may
--                only INSERT and SELECT. It owns nothing, so it cannot ALTER a table, drop or disable a
--                trigger, or change a privilege.
--
-- On top of the privileges, migration V10 puts a trigger on audit_entry that refuses every UPDATE, every
-- TRUNCATE, and a DELETE of any entry younger than 180 days, whoever asks (except a superuser who turns
-- triggers off, which GET /api/v1/audit/verify then exposes).
--
-- Run as a superuser (psql -v owner_password=... -v app_password=... -f deployment/postgresql-setup.sql),
-- in three steps:
--   1. this file's first part: roles, database, schema (below, up to "STEP 2");
--   2. start Xinyu ONCE as the owner (XINYU_DB_USER=xinyu_owner) so that Flyway creates the schema, then stop it
--      (or run the migrations with the Flyway command line as xinyu_owner);
--   3. the second part (from "STEP 3"), connected to the xinyu database; then run Xinyu as xinyu_app for good.
-- Repeat steps 2 and 3 after every upgrade that brings new migrations.

-- STEP 1 ---------------------------------------------------------------------------------------------------
CREATE ROLE xinyu_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE xinyu_app LOGIN PASSWORD :'app_password';
CREATE DATABASE xinyu OWNER xinyu_owner ENCODING 'UTF8' TEMPLATE template0;
\connect xinyu
REVOKE ALL ON DATABASE xinyu FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE xinyu TO xinyu_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO xinyu_owner;
GRANT USAGE ON SCHEMA public TO xinyu_app;
-- Payara's batch runtime creates its JBATCH* tables on first use, as the connecting user: let the app create
-- its own tables in the schema. It still cannot touch tables it does not own (all of Xinyu's).
GRANT CREATE ON SCHEMA public TO xinyu_app;
ALTER ROLE xinyu_owner SET search_path = public;
ALTER ROLE xinyu_app SET search_path = public;

-- STEP 2: start Xinyu once with XINYU_DB_USER=xinyu_owner (Flyway migrates), then stop it. -------------------

-- STEP 3 (as a superuser or xinyu_owner, connected to xinyu) --------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO xinyu_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO xinyu_app;
-- the audit trail: append and read only
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry FROM xinyu_app;
GRANT SELECT, INSERT ON audit_entry TO xinyu_app;
-- the chain's tip is locked (SELECT ... FOR UPDATE) and moved on every append
GRANT SELECT, UPDATE ON audit_head TO xinyu_app;
-- Flyway only validates at start-up when the app connects as xinyu_app: it reads its history table
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM xinyu_app;

-- Check: must answer "f" twice.
SELECT has_table_privilege('xinyu_app', 'audit_entry', 'UPDATE') AS app_may_update_audit,
       has_table_privilege('xinyu_app', 'audit_entry', 'DELETE') AS app_may_delete_audit;

-- Purging old audit entries (retention): Xinyu does not purge on its own. The owner may delete entries older
-- than the retention period (at least 180 days; the trigger refuses younger ones). Delete a prefix of the chain
-- only, so that what remains still verifies (the oldest kept entry anchors the chain):
--   DELETE FROM audit_entry
--    WHERE id < (SELECT COALESCE(MIN(id), (SELECT last_id + 1 FROM audit_head)) FROM audit_entry
--                 WHERE at >= (now() AT TIME ZONE 'UTC') - INTERVAL '365 days');
