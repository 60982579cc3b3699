-- Ending an account's workbench sessions on every instance of a cluster: an action that must end them (disabling
-- the account, resetting its password, taking a class from its head teacher) records the moment here, and each
-- instance ends any session of that account that signed in at or before it (SessionRevocationFilter).
ALTER TABLE user_account ADD COLUMN sessions_revoked_at TIMESTAMP;
