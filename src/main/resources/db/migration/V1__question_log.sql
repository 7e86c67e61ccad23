-- The owner's question log: one row per question answered, the platform messages that carried
-- each answer (so a reaction finds its question), and the askers' votes on answers.
CREATE TABLE question (
    id           TEXT    PRIMARY KEY,
    asked_at     INTEGER NOT NULL,           -- milliseconds since the epoch, UTC
    platform     TEXT    NOT NULL,           -- discord, cli, ...
    conversation TEXT,
    asker        TEXT,                       -- a salted hash, or the platform id with LOG_ASKERS=true
    question     TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,           -- answered, closest_match, not_covered, refused, fallback
    mode         TEXT    NOT NULL,           -- offline, llm, fallback
    sources      TEXT    NOT NULL,           -- JSON array of "file › section" labels
    latency_ms   INTEGER NOT NULL
);
CREATE INDEX question_by_time ON question (asked_at);

-- A message is recorded as soon as it is sent, before its question's row may be written, and a
-- vote may come before either: these tables hold platform ids and are joined when reporting.
CREATE TABLE answer_message (
    platform    TEXT    NOT NULL,
    message_id  TEXT    NOT NULL,
    question_id TEXT    NOT NULL,
    sent_at     INTEGER NOT NULL,
    PRIMARY KEY (platform, message_id)
);
CREATE INDEX answer_message_by_question ON answer_message (question_id);

CREATE TABLE feedback (
    platform   TEXT    NOT NULL,
    message_id TEXT    NOT NULL,
    voter      TEXT    NOT NULL,            -- hashed as askers are
    vote       INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    voted_at   INTEGER NOT NULL,
    PRIMARY KEY (platform, message_id, voter, vote)
);

-- The askers' hash salt, and how far the owners' digest has gone.
CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
