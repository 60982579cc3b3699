CREATE TABLE screening_result (
    id               BIGINT       NOT NULL PRIMARY KEY,
    student_id       BIGINT       NOT NULL REFERENCES student (id),
    instrument       VARCHAR(32)  NOT NULL,
    administered_on  DATE         NOT NULL,
    answers          VARCHAR(1000) NOT NULL,
    total_score      INTEGER      NOT NULL,
    band             VARCHAR(16)  NOT NULL,
    label            VARCHAR(32),
    item9            INTEGER,
    critical         BOOLEAN      NOT NULL,
    valid            BOOLEAN      NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    recorded_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_screening UNIQUE (student_id, instrument, administered_on)
);

CREATE TABLE observation (
    id           BIGINT        NOT NULL PRIMARY KEY,
    student_id   BIGINT        NOT NULL REFERENCES student (id),
    category     VARCHAR(32)   NOT NULL,
    severity     INTEGER       NOT NULL,
    observed_on  DATE          NOT NULL,
    note         VARCHAR(2000),
    recorded_at  TIMESTAMP     NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT ck_observation_severity CHECK (severity BETWEEN 1 AND 3)
);
CREATE INDEX ix_observation_student ON observation (student_id, observed_on);

-- What the rules last decided for every student (a case or not): home-visit duty and priority.
CREATE TABLE student_outlook (
    student_id              BIGINT      NOT NULL PRIMARY KEY REFERENCES student (id),
    school_id               BIGINT      NOT NULL,
    class_id                BIGINT      NOT NULL,
    grade                   INTEGER     NOT NULL,
    priority                VARCHAR(16) NOT NULL,
    visit_interval_days     INTEGER,
    visit_per_semester      BOOLEAN     NOT NULL,
    last_visit_on           DATE,
    next_visit_due          DATE,
    absent_parent_required  BOOLEAN     NOT NULL,
    absent_parent_reached   BOOLEAN     NOT NULL,
    rule_set_version        INTEGER     NOT NULL,
    evaluated_at            TIMESTAMP   NOT NULL,
    fingerprint             VARCHAR(64) NOT NULL
);
CREATE INDEX ix_outlook_class ON student_outlook (class_id, next_visit_due);
CREATE INDEX ix_outlook_school ON student_outlook (school_id, next_visit_due);

CREATE TABLE case_file (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    student_id           BIGINT        NOT NULL REFERENCES student (id),
    school_id            BIGINT        NOT NULL,
    class_id             BIGINT        NOT NULL,
    grade                INTEGER       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    priority             VARCHAR(16)   NOT NULL,
    priority_rank        INTEGER       NOT NULL,
    priority_reached_at  TIMESTAMP     NOT NULL,
    reasons              VARCHAR(8000) NOT NULL,
    rule_set_version     INTEGER       NOT NULL,
    next_due_at          TIMESTAMP,
    opened_at            TIMESTAMP     NOT NULL,
    closed_at            TIMESTAMP,
    version              INTEGER       NOT NULL,
    CONSTRAINT uq_case_student UNIQUE (student_id)
);
-- The queue: highest priority first, then earliest due follow-up, within a school (and status).
CREATE INDEX ix_case_queue ON case_file (school_id, status, priority_rank, next_due_at, id);
CREATE INDEX ix_case_queue_class ON case_file (class_id, status, priority_rank, next_due_at);
CREATE INDEX ix_case_queue_all ON case_file (status, priority_rank, next_due_at, id);

CREATE TABLE referral (
    id                BIGINT        NOT NULL PRIMARY KEY,
    case_id           BIGINT        NOT NULL REFERENCES case_file (id),
    institution       VARCHAR(200)  NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    parent_consent    BOOLEAN       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    feedback          VARCHAR(4000),
    opened_at         TIMESTAMP     NOT NULL,
    last_feedback_at  TIMESTAMP,
    closed_at         TIMESTAMP,
    created_by        VARCHAR(64)   NOT NULL,
    version           INTEGER       NOT NULL
);
CREATE INDEX ix_referral_case ON referral (case_id, status);

CREATE TABLE follow_up (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    case_id               BIGINT        NOT NULL REFERENCES case_file (id),
    type                  VARCHAR(32)   NOT NULL,
    owner_role            VARCHAR(16)   NOT NULL,
    due_at                TIMESTAMP     NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    referral_id           BIGINT        REFERENCES referral (id),
    reason                VARCHAR(500),
    created_at            TIMESTAMP     NOT NULL,
    completed_at          TIMESTAMP,
    completed_by          VARCHAR(64),
    completion_note       VARCHAR(4000),
    escalation_level      VARCHAR(32),
    grade_escalated_at    TIMESTAMP,
    school_escalated_at   TIMESTAMP,
    version               INTEGER       NOT NULL
);
CREATE INDEX ix_follow_up_case ON follow_up (case_id, status);
CREATE INDEX ix_follow_up_due ON follow_up (status, due_at);

-- Confidential clinical text is stored only as AES-GCM ciphertext (note_cipher).
CREATE TABLE risk_assessment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES case_file (id),
    conclusion   VARCHAR(16)   NOT NULL,
    note_cipher  VARCHAR(8000),
    assessed_at  TIMESTAMP     NOT NULL,
    assessed_by  VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_assessment_case ON risk_assessment (case_id, assessed_at);

CREATE TABLE home_visit (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    student_id               BIGINT        NOT NULL REFERENCES student (id),
    visited_on               DATE          NOT NULL,
    mode                     VARCHAR(16)   NOT NULL,
    contacted_absent_parent  BOOLEAN       NOT NULL,
    note                     VARCHAR(2000),
    recorded_at              TIMESTAMP     NOT NULL,
    recorded_by              VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_home_visit_student ON home_visit (student_id, visited_on);

-- Explanations: each stored evaluation with the rule-set version, the facts it saw, the rules that
-- fired with their reasons, and the outcome.
CREATE TABLE evaluation (
    id                BIGINT         NOT NULL PRIMARY KEY,
    student_id        BIGINT         NOT NULL REFERENCES student (id),
    case_id           BIGINT,
    rule_set_version  INTEGER        NOT NULL,
    trigger_kind      VARCHAR(32)    NOT NULL,
    evaluated_at      TIMESTAMP      NOT NULL,
    priority          VARCHAR(16)    NOT NULL,
    previous_priority VARCHAR(16),
    facts             VARCHAR(100000) NOT NULL,
    fired             VARCHAR(20000) NOT NULL,
    outcome           VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_evaluation_student ON evaluation (student_id, evaluated_at);
CREATE INDEX ix_evaluation_case ON evaluation (case_id, evaluated_at);
