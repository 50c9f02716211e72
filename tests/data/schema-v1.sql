-- SPDX-License-Identifier: GPL-3.0-or-later
-- The schema of version 1 (the oldest), as the program created it: tests/unit/tst_migration.
-- The FTS5 table needs Jikenbo's 'jikenbo' tokenizer, registered by the program.
CREATE TABLE incidents (
            id               INTEGER PRIMARY KEY,
            key              TEXT NOT NULL UNIQUE,
            case_id          TEXT NOT NULL,
            case_year        INTEGER NOT NULL,
            case_seq         INTEGER,
            title            TEXT NOT NULL,
            organization     TEXT NOT NULL DEFAULT '',
            announced_on     TEXT,
            posted_on        TEXT,
            event_date       TEXT GENERATED ALWAYS AS (COALESCE(announced_on, posted_on)) VIRTUAL,
            year             INTEGER GENERATED ALWAYS AS (COALESCE(CAST(substr(COALESCE(announced_on, posted_on), 1, 4) AS INTEGER), case_year)) VIRTUAL,
            cause            TEXT NOT NULL,
            cause_origin     TEXT NOT NULL,
            cause_auto       TEXT NOT NULL,
            cause_auto_origin TEXT NOT NULL,
            cause_label      TEXT,
            cause_confidence REAL,
            cause_explain    TEXT,
            sector           TEXT NOT NULL,
            sector_explain   TEXT,
            rules_fingerprint TEXT,
            affected         INTEGER,
            affected_evidence TEXT,
            follow_up        INTEGER NOT NULL DEFAULT 0,
            follow_up_of     INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
            caption          TEXT,
            labels           TEXT NOT NULL DEFAULT '[]',
            source           TEXT,
            source_url       TEXT,
            source_post_id   TEXT UNIQUE,
            source_line      INTEGER,
            content_hash     TEXT NOT NULL,
            first_seen       TEXT NOT NULL,
            last_changed     TEXT NOT NULL
        );
CREATE TABLE incident_text (id INTEGER PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE, title TEXT NOT NULL, organization TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE incident_refs (incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, case_id TEXT NOT NULL, PRIMARY KEY (incident_id, case_id)) WITHOUT ROWID;
CREATE INDEX incident_refs_case ON incident_refs(case_id);
CREATE INDEX incidents_announced ON incidents(announced_on);
CREATE INDEX incidents_posted ON incidents(posted_on);
CREATE INDEX incidents_event_date ON incidents(event_date);
CREATE INDEX incidents_year ON incidents(year);
CREATE INDEX incidents_case ON incidents(case_id);
CREATE INDEX incidents_case_order ON incidents(case_year, case_seq);
CREATE INDEX incidents_org ON incidents(organization);
CREATE INDEX incidents_title ON incidents(title);
CREATE INDEX incidents_cause ON incidents(cause);
CREATE INDEX incidents_sector ON incidents(sector);
CREATE INDEX incidents_affected ON incidents(affected);
CREATE INDEX incidents_follow ON incidents(follow_up) WHERE follow_up = 1;
CREATE VIRTUAL TABLE incident_fts USING fts5(title, organization, body, content='incident_text', content_rowid='id', tokenize='jikenbo');
CREATE TABLE annotations (
            key            TEXT PRIMARY KEY,
            cause_override TEXT,
            note           TEXT NOT NULL DEFAULT '',
            starred        INTEGER NOT NULL DEFAULT 0,
            tags           TEXT NOT NULL DEFAULT '[]',
            updated_at     TEXT NOT NULL
        );
CREATE TABLE imports (
            id          INTEGER PRIMARY KEY,
            source      TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            added       INTEGER NOT NULL,
            updated     INTEGER NOT NULL,
            unchanged   INTEGER NOT NULL,
            skipped     INTEGER NOT NULL
        );
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
PRAGMA application_id = 1246449218;
PRAGMA user_version = 1;
