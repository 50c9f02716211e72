// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

QList<QString> Schema::createCurrent()
{
    return {
        // Imported data: rebuilt freely by re-import and re-classification.
        uR"(CREATE TABLE incidents (
            id               INTEGER PRIMARY KEY,
            key              TEXT NOT NULL UNIQUE,
            case_id          TEXT NOT NULL,
            case_year        INTEGER NOT NULL,
            case_seq         INTEGER,
            title            TEXT NOT NULL,
            organization     TEXT NOT NULL DEFAULT '',
            announced_on     TEXT,
            posted_on        TEXT,
            source_updated   TEXT,
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
            affected_candidates TEXT,
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
            last_changed     TEXT NOT NULL,
            removed_on       TEXT,
            discovered_on    TEXT,
            discovered_evidence TEXT,
            occurred_on      TEXT,
            occurred_evidence TEXT,
            disclosure_days  INTEGER,
            data_kinds       TEXT,
            data_kinds_evidence TEXT,
            via_contractor   INTEGER,
            contractor_evidence TEXT
        ))"_s,
        u"CREATE TABLE incident_text (id INTEGER PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE, title TEXT NOT NULL, organization TEXT NOT NULL, body TEXT NOT NULL)"_s,
        u"CREATE TABLE incident_refs (incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, case_id TEXT NOT NULL, PRIMARY KEY (incident_id, case_id)) WITHOUT ROWID"_s,
        u"CREATE INDEX incident_refs_case ON incident_refs(case_id)"_s,
        // Sort and filter columns of the table view. Each sort order has an index SQLite can
        // walk (IncidentQuery::orderIndex): descending walks the plain index backwards (NULL is
        // smallest, so missing values come last), ascending a "missing first-key" index.
        u"CREATE INDEX incidents_event_date ON incidents(event_date)"_s,
        u"CREATE INDEX incidents_event_date_asc ON incidents((event_date IS NULL), event_date)"_s,
        // Organisation and title in Japanese order (jk_ja, registered on every connection).
        u"CREATE INDEX incidents_org_ja ON incidents(organization COLLATE jk_ja)"_s,
        u"CREATE INDEX incidents_org_ja_asc ON incidents((organization = ''), organization COLLATE jk_ja)"_s,
        u"CREATE INDEX incidents_title_ja ON incidents(title COLLATE jk_ja)"_s,
        u"CREATE INDEX incidents_affected ON incidents(affected)"_s,
        u"CREATE INDEX incidents_affected_asc ON incidents((affected IS NULL), affected)"_s,
        // Facet filters (and cause/sector sorts) with the date order inside.
        u"CREATE INDEX incidents_year ON incidents(year, event_date)"_s,
        u"CREATE INDEX incidents_cause ON incidents(cause, event_date)"_s,
        u"CREATE INDEX incidents_sector ON incidents(sector, event_date)"_s,
        u"CREATE INDEX incidents_case ON incidents(case_id)"_s,
        u"CREATE INDEX incidents_case_order ON incidents(case_year, case_seq)"_s,
        u"CREATE INDEX incidents_org ON incidents(organization)"_s, // equality (follow-ups)
        u"CREATE INDEX incidents_follow ON incidents(follow_up) WHERE follow_up = 1"_s,
        // The follow-ups of a notice (the detail pane's links), and the combinations facets make
        // with a count range (schema version 6).
        u"CREATE INDEX incidents_follow_up_of ON incidents(follow_up_of) WHERE follow_up_of IS NOT NULL"_s,
        u"CREATE INDEX incidents_sector_affected ON incidents(sector, affected)"_s,
        u"CREATE INDEX incidents_cause_affected ON incidents(cause, affected)"_s,
        u"CREATE INDEX incidents_removed ON incidents(removed_on) WHERE removed_on IS NOT NULL"_s,
        // The facts of issue 16 (schema version 7): date and lag ranges, the contractor flag, and
        // the kinds of data leaked, one row per kind, for `data:` and the "Data leaked" facet.
        // via_contractor is NULL until the facts were read (FactsBackfillJob).
        u"CREATE INDEX incidents_discovered ON incidents(discovered_on)"_s,
        u"CREATE INDEX incidents_occurred ON incidents(occurred_on)"_s,
        u"CREATE INDEX incidents_disclosure ON incidents(disclosure_days)"_s,
        u"CREATE INDEX incidents_contractor ON incidents(via_contractor)"_s,
        u"CREATE TABLE incident_data_kind (kind TEXT NOT NULL, incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, evidence TEXT, PRIMARY KEY (kind, incident_id)) WITHOUT ROWID"_s,
        u"CREATE INDEX incident_data_kind_incident ON incident_data_kind(incident_id)"_s,
        // Covering indexes of the trend aggregation (TrendQuery), one per category, in the order
        // it groups by; the days to disclosure are read from the first (schema version 8).
        u"CREATE INDEX incidents_trend_cause ON incidents(announced_on, posted_on, cause, sector, affected, case_year, via_contractor, data_kinds, disclosure_days)"_s,
        u"CREATE INDEX incidents_trend_sector ON incidents(announced_on, posted_on, sector, cause, affected, case_year)"_s,
        // The fictional sample notices a new database starts with (SampleNotices), found without
        // reading every row: the window counts them at each launch (schema version 9).
        u"CREATE INDEX incidents_samples ON incidents(source) WHERE substr(source, 1, 17) = ':/jikenbo/sample/'"_s,
        // The labels by cause: a survey scheme's categories test the labels of a few causes
        // (TrendQuery reads the incidents they pick from here, not from every row of the cause;
        // schema version 10).
        u"CREATE INDEX incidents_cause_labels ON incidents(cause, labels)"_s,
        // Full-text index over title, organisation and body (external content). It is kept in
        // step by IncidentStore, not by triggers: a trigger makes every row write open an FTS5
        // savepoint, which flushes the index row by row.
        u"CREATE VIRTUAL TABLE incident_fts USING fts5(title, organization, body, content='incident_text', content_rowid='id', tokenize='jikenbo')"_s,
        // What the user typed: never touched by import, keyed by the stable key.
        uR"(CREATE TABLE annotations (
            key            TEXT PRIMARY KEY,
            cause_override TEXT,
            note           TEXT NOT NULL DEFAULT '',
            starred        INTEGER NOT NULL DEFAULT 0,
            tags           TEXT NOT NULL DEFAULT '[]',
            updated_at     TEXT NOT NULL
        ))"_s,
        uR"(CREATE TABLE imports (
            id          INTEGER PRIMARY KEY,
            source      TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            added       INTEGER NOT NULL,
            updated     INTEGER NOT NULL,
            unchanged   INTEGER NOT NULL,
            skipped     INTEGER NOT NULL
        ))"_s,
        u"CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)"_s,
        // Feed syncs and what each one changed (schema version 2).
        uR"(CREATE TABLE sync_runs (
            id          INTEGER PRIMARY KEY,
            url         TEXT NOT NULL,
            started_at  TEXT NOT NULL,
            finished_at TEXT,
            status      TEXT NOT NULL DEFAULT 'running',
            pages       INTEGER NOT NULL DEFAULT 0,
            added       INTEGER NOT NULL DEFAULT 0,
            updated     INTEGER NOT NULL DEFAULT 0,
            unchanged   INTEGER NOT NULL DEFAULT 0,
            skipped     INTEGER NOT NULL DEFAULT 0,
            error       TEXT
        ))"_s,
        uR"(CREATE TABLE sync_changes (
            run_id  INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
            key     TEXT NOT NULL,
            change  TEXT NOT NULL,
            title   TEXT NOT NULL
        ))"_s,
        u"CREATE INDEX sync_changes_run ON sync_changes(run_id)"_s,
        // The entries a full pass of a feed has seen so far (schema version 4); what a complete
        // pass did not see was removed from the blog.
        u"CREATE TABLE sync_seen (feed TEXT NOT NULL, post_id TEXT NOT NULL, PRIMARY KEY (feed, post_id)) WITHOUT ROWID"_s,
    };
}

QList<QString> Schema::migrationFrom(int version)
{
    switch (version) {
    case 1:
        // 1 -> 2: the feed's <updated> time per incident, and the sync log.
        return {
            u"ALTER TABLE incidents ADD COLUMN source_updated TEXT"_s,
            uR"(CREATE TABLE sync_runs (
                id          INTEGER PRIMARY KEY,
                url         TEXT NOT NULL,
                started_at  TEXT NOT NULL,
                finished_at TEXT,
                status      TEXT NOT NULL DEFAULT 'running',
                pages       INTEGER NOT NULL DEFAULT 0,
                added       INTEGER NOT NULL DEFAULT 0,
                updated     INTEGER NOT NULL DEFAULT 0,
                unchanged   INTEGER NOT NULL DEFAULT 0,
                skipped     INTEGER NOT NULL DEFAULT 0,
                error       TEXT
            ))"_s,
            uR"(CREATE TABLE sync_changes (
                run_id  INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
                key     TEXT NOT NULL,
                change  TEXT NOT NULL,
                title   TEXT NOT NULL
            ))"_s,
            u"CREATE INDEX sync_changes_run ON sync_changes(run_id)"_s,
        };
    case 2:
        // 2 -> 3: sort indexes (missing values last both ways, Japanese order for organisation
        // and title), facet indexes with the date order, covering indexes for the Trends view
        // and `stats`. Written to be safe on any version-2 database of this program's history.
        return {
            u"DROP INDEX IF EXISTS incidents_announced"_s,
            u"DROP INDEX IF EXISTS incidents_posted"_s,
            u"DROP INDEX IF EXISTS incidents_title"_s,
            u"DROP INDEX IF EXISTS incidents_org_asc"_s,
            u"DROP INDEX IF EXISTS incidents_lookup"_s,
            u"DROP INDEX IF EXISTS incidents_year"_s,
            u"DROP INDEX IF EXISTS incidents_cause"_s,
            u"DROP INDEX IF EXISTS incidents_sector"_s,
            u"CREATE INDEX IF NOT EXISTS incidents_event_date_asc ON incidents((event_date IS NULL), event_date)"_s,
            u"CREATE INDEX IF NOT EXISTS incidents_affected_asc ON incidents((affected IS NULL), affected)"_s,
            u"CREATE INDEX incidents_org_ja ON incidents(organization COLLATE jk_ja)"_s,
            u"CREATE INDEX incidents_org_ja_asc ON incidents((organization = ''), organization COLLATE jk_ja)"_s,
            u"CREATE INDEX incidents_title_ja ON incidents(title COLLATE jk_ja)"_s,
            u"CREATE INDEX incidents_year ON incidents(year, event_date)"_s,
            u"CREATE INDEX incidents_cause ON incidents(cause, event_date)"_s,
            u"CREATE INDEX incidents_sector ON incidents(sector, event_date)"_s,
            u"CREATE INDEX incidents_trend_cause ON incidents(announced_on, posted_on, cause, sector, affected, case_year)"_s,
            u"CREATE INDEX incidents_trend_sector ON incidents(announced_on, posted_on, sector, cause, affected, case_year)"_s,
        };
    case 3:
        // 3 -> 4: posts removed from the blog (found by a full pass of the feed) are marked with
        // the day it was noticed, never deleted; the entries a full pass has seen so far.
        return {
            u"ALTER TABLE incidents ADD COLUMN removed_on TEXT"_s,
            u"CREATE INDEX incidents_removed ON incidents(removed_on) WHERE removed_on IS NOT NULL"_s,
            u"CREATE TABLE sync_seen (feed TEXT NOT NULL, post_id TEXT NOT NULL, PRIMARY KEY (feed, post_id)) WITHOUT ROWID"_s,
        };
    case 4:
        // 4 -> 5: the counts a notice states, with what each counts, kept beside the affected
        // count (a JSON array; NULL until the incident is imported again).
        return {u"ALTER TABLE incidents ADD COLUMN affected_candidates TEXT"_s};
    case 5:
        // 5 -> 6: an index for a notice's follow-ups (the detail pane read every row for them),
        // and facet indexes with the affected count inside.
        return {
            u"CREATE INDEX IF NOT EXISTS incidents_follow_up_of ON incidents(follow_up_of) WHERE follow_up_of IS NOT NULL"_s,
            u"CREATE INDEX IF NOT EXISTS incidents_sector_affected ON incidents(sector, affected)"_s,
            u"CREATE INDEX IF NOT EXISTS incidents_cause_affected ON incidents(cause, affected)"_s,
        };
    case 6:
        // 6 -> 7: discovered and occurred dates, days to disclosure, kinds of data leaked and the
        // contractor flag, each with its evidence. Left NULL here: FactsBackfillJob reads them
        // from the stored notices (off the GUI thread), finding the rows by via_contractor IS NULL.
        return {
            u"ALTER TABLE incidents ADD COLUMN discovered_on TEXT"_s,
            u"ALTER TABLE incidents ADD COLUMN discovered_evidence TEXT"_s,
            u"ALTER TABLE incidents ADD COLUMN occurred_on TEXT"_s,
            u"ALTER TABLE incidents ADD COLUMN occurred_evidence TEXT"_s,
            u"ALTER TABLE incidents ADD COLUMN disclosure_days INTEGER"_s,
            u"ALTER TABLE incidents ADD COLUMN data_kinds TEXT"_s,
            u"ALTER TABLE incidents ADD COLUMN data_kinds_evidence TEXT"_s,
            u"ALTER TABLE incidents ADD COLUMN via_contractor INTEGER"_s,
            u"ALTER TABLE incidents ADD COLUMN contractor_evidence TEXT"_s,
            // The facets' one pass reads the contractor flag and the kinds from the trend index.
            u"DROP INDEX IF EXISTS incidents_trend_cause"_s,
            u"CREATE INDEX incidents_trend_cause ON incidents(announced_on, posted_on, cause, sector, affected, case_year, via_contractor, data_kinds)"_s,
            u"CREATE INDEX incidents_discovered ON incidents(discovered_on)"_s,
            u"CREATE INDEX incidents_occurred ON incidents(occurred_on)"_s,
            u"CREATE INDEX incidents_disclosure ON incidents(disclosure_days)"_s,
            u"CREATE INDEX incidents_contractor ON incidents(via_contractor)"_s,
            u"CREATE TABLE incident_data_kind (kind TEXT NOT NULL, incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE, evidence TEXT, PRIMARY KEY (kind, incident_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX incident_data_kind_incident ON incident_data_kind(incident_id)"_s,
        };
    case 7:
        // 7 -> 8: the days to disclosure in the trend index, so that their spread per period is
        // read from it rather than from each row.
        return {
            u"DROP INDEX IF EXISTS incidents_trend_cause"_s,
            u"CREATE INDEX incidents_trend_cause ON incidents(announced_on, posted_on, cause, sector, affected, case_year, via_contractor, data_kinds, disclosure_days)"_s,
        };
    case 8:
        // 8 -> 9: the sample notices by a partial index (the count at launch read every row).
        return {
            u"CREATE INDEX IF NOT EXISTS incidents_samples ON incidents(source) WHERE substr(source, 1, 17) = ':/jikenbo/sample/'"_s,
        };
    case 9:
        // 9 -> 10: the labels by cause, for the survey schemes' categories.
        return {
            u"CREATE INDEX IF NOT EXISTS incidents_cause_labels ON incidents(cause, labels)"_s,
        };
    default:
        return {};
    }
}

} // namespace jikenbo
