-- Append-only, hash-chained audit trail. audit_head holds the chain's tip; writers lock it so that
-- entries are chained in one order across every instance.
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    at              TIMESTAMP     NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target_type     VARCHAR(32),
    target_id       VARCHAR(64),
    outcome         VARCHAR(16)   NOT NULL,
    client_address  VARCHAR(64),
    request_id      VARCHAR(64),
    detail          VARCHAR(1000),
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_at ON audit_entry (at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, at);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id, at);

CREATE TABLE audit_head (
    id         INTEGER     NOT NULL PRIMARY KEY,
    last_id    BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
