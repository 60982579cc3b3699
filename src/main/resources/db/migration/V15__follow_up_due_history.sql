-- Truthful history (issue 12): a follow-up's due time can move earlier after it was created (a raised level
-- tightens it), and the history must show each entry with the due time it had then, not the current one.
-- first_due_at is the due time at creation (NULL for follow-ups created before this migration: their history
-- shows the earliest known due time); follow_up_due_change records every later move with when and why.
ALTER TABLE follow_up ADD COLUMN first_due_at TIMESTAMP;

CREATE TABLE follow_up_due_change (
    id            BIGINT        NOT NULL PRIMARY KEY,
    follow_up_id  BIGINT        NOT NULL REFERENCES follow_up (id),
    changed_at    TIMESTAMP     NOT NULL,
    due_before    TIMESTAMP     NOT NULL,
    due_after     TIMESTAMP     NOT NULL,
    rule          VARCHAR(500)
);
CREATE INDEX ix_follow_up_due_change ON follow_up_due_change (follow_up_id, changed_at);
