CREATE TABLE rule_set (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       INTEGER,
    status        VARCHAR(16)   NOT NULL,
    based_on      INTEGER,
    reason        VARCHAR(1000) NOT NULL,
    parameters    VARCHAR(100000) NOT NULL,
    scenarios     VARCHAR(1000000) NOT NULL,
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    approved_by   VARCHAR(64),
    approved_at   TIMESTAMP,
    published_by  VARCHAR(64),
    published_at  TIMESTAMP,
    row_version   INTEGER       NOT NULL,
    CONSTRAINT uq_rule_set_version UNIQUE (version)
);

CREATE TABLE rule_file (
    id           BIGINT         NOT NULL PRIMARY KEY,
    rule_set_id  BIGINT         NOT NULL REFERENCES rule_set (id),
    path         VARCHAR(200)   NOT NULL,
    content      VARCHAR(1000000) NOT NULL,
    CONSTRAINT uq_rule_file UNIQUE (rule_set_id, path)
);
