-- One migration set for H2 and PostgreSQL: plain SQL types only (no IDENTITY: ids come from a
-- sequence allocated in blocks of 50, which keeps EclipseLink's batch writing on).
CREATE SEQUENCE xinyu_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE school (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    district    VARCHAR(100) NOT NULL,
    stage       VARCHAR(16)  NOT NULL,
    version     INTEGER      NOT NULL,
    CONSTRAINT uq_school_code UNIQUE (code)
);

CREATE TABLE user_account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    school_id            BIGINT       REFERENCES school (id),
    enabled              BOOLEAN      NOT NULL,
    failed_attempts      INTEGER      NOT NULL,
    first_failure_at     TIMESTAMP,
    locked_until         TIMESTAMP,
    password_changed_at  TIMESTAMP    NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    version              INTEGER      NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    role        VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE account_grade (
    account_id  BIGINT  NOT NULL REFERENCES user_account (id),
    grade       INTEGER NOT NULL,
    PRIMARY KEY (account_id, grade)
);

CREATE TABLE school_class (
    id               BIGINT  NOT NULL PRIMARY KEY,
    school_id        BIGINT  NOT NULL REFERENCES school (id),
    grade            INTEGER NOT NULL,
    class_no         INTEGER NOT NULL,
    head_teacher_id  BIGINT  REFERENCES user_account (id),
    version          INTEGER NOT NULL,
    CONSTRAINT uq_school_class UNIQUE (school_id, grade, class_no),
    CONSTRAINT ck_school_class_grade CHECK (grade BETWEEN 1 AND 12)
);
CREATE INDEX ix_school_class_head_teacher ON school_class (head_teacher_id);

CREATE TABLE account_class (
    account_id  BIGINT NOT NULL REFERENCES user_account (id),
    class_id    BIGINT NOT NULL REFERENCES school_class (id),
    PRIMARY KEY (account_id, class_id)
);

-- School calendar: a row overrides the default semesters of one school year (autumn 1 Sep - 31 Jan,
-- spring 1 Feb - 31 Jul) for every school.
CREATE TABLE school_year (
    id            BIGINT  NOT NULL PRIMARY KEY,
    start_year    INTEGER NOT NULL,
    autumn_start  DATE    NOT NULL,
    autumn_end    DATE    NOT NULL,
    spring_start  DATE    NOT NULL,
    spring_end    DATE    NOT NULL,
    version       INTEGER NOT NULL,
    CONSTRAINT uq_school_year UNIQUE (start_year)
);

CREATE TABLE student (
    id          BIGINT       NOT NULL PRIMARY KEY,
    school_id   BIGINT       NOT NULL REFERENCES school (id),
    class_id    BIGINT       NOT NULL REFERENCES school_class (id),
    student_no  VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    gender      VARCHAR(1)   NOT NULL,
    birth_date  DATE         NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     INTEGER      NOT NULL,
    CONSTRAINT uq_student_no UNIQUE (school_id, student_no)
);
CREATE INDEX ix_student_class ON student (class_id);
CREATE INDEX ix_student_name ON student (name);

CREATE TABLE student_circumstance (
    student_id   BIGINT      NOT NULL REFERENCES student (id),
    type         VARCHAR(32) NOT NULL,
    recorded_on  DATE        NOT NULL,
    PRIMARY KEY (student_id, type)
);

-- Once-per-cluster work (the sweep) runs only on the holder of a lease.
CREATE TABLE lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(128) NOT NULL,
    expires_at  TIMESTAMP    NOT NULL
);
