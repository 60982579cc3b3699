-- An administrator can require an account to change its password before anything else ("expire it now").
ALTER TABLE user_account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

-- The auditor's search by a bare record id ("subject=42") cannot use ix_audit_target, which starts with the type.
CREATE INDEX ix_audit_target_id ON audit_entry (target_id, at);
