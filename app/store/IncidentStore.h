// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/Classifier.h"
#include "core/IncidentRecord.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace jikenbo {

class Database;
struct AffectedCandidate;
struct ParsedPost;
struct IncidentFacts;

enum class UpsertOutcome { Added, Updated, Unchanged };

// What an upsert replaced (to tell an edit from a relabelling); empty when it added the row.
struct UpsertPrevious
{
    bool existed = false;
    QString title;
    QString body; // filled only when the row was updated
    QStringList labels;
    QString sourceUpdated;
};

// Reads and writes incidents and annotations. Imported fields are upserted by the stable key
// (DESIGN §3); annotations live in their own table and are never written by import.
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    explicit IncidentStore(Database &db);
    ~IncidentStore();

    // The stable key: case id + a hash of the normalised title.
    static QString stableKey(const QString &caseId, const QString &title);

    // The second half of content_hash: what classification decided (see Reclassifier).
    static QString classificationHash(const Classification &c, const QString &causeExplain,
                                      const QString &sectorExplain);
    static constexpr qsizetype ContentHashLength = 40; // hex SHA-1 of the imported content
    // The affected_candidates column: a compact JSON array, empty when there are none.
    static QString affectedCandidatesJson(const QList<AffectedCandidate> &candidates);

    // What upsert works out from a notice, its classification and its labels alone, without
    // the database: the key, the cause after the labels, the JSON columns and the content
    // hash. An import derives it for the next file on another thread while this file is
    // written.
    struct UpsertInput
    {
        QString key;
        QStringList labels; // derived with these labels
        Classification c;   // after the labels
        QString labelsJson, candidatesJson, causeExplain, sectorExplain, sourceUpdated, hash;
    };
    static UpsertInput derive(const ParsedPost &post, const Classification &c,
                              const QStringList &labels);

    // Call inside a transaction (Database::begin). A known source label among the labels the
    // incident already has (from another page) decides the cause over the rules' call.
    // `ahead`: derive(post, c, post.labels), worked out before (used unless the stored labels
    // add one).
    Result<UpsertOutcome> upsert(const ParsedPost &post, const Classification &c,
                                 const QString &source, const QString &rulesFingerprint,
                                 UpsertPrevious *previous = nullptr,
                                 const UpsertInput *ahead = nullptr);
    // Stores the facts read from an incident's notice (dates, data kinds, contractor), replacing
    // what was stored. Call inside a transaction.
    Status writeFacts(qint64 id, const IncidentFacts &facts);
    // Incidents whose facts were never read (a database migrated from schema 6).
    static Result<qint64> factsPending(Database &db);
    // Links follow-up reports to the notice they follow (same case id, or same organisation
    // when the case id has no sequence number). Call inside the import transaction, after the
    // upserts: only the follow-ups those notices can change are looked at (the ones written,
    // the ones sharing a written notice's case id or organisation, the ones linked to a written
    // notice), so a file's link costs the same in a database of a thousand or a million.
    Status linkFollowUps();

    Result<std::optional<IncidentRecord>> byKey(const QString &key, bool withBody = false);
    Result<QList<IncidentRecord>> byCaseId(const QString &caseId, bool withBody = false);
    // The keys of the posts linked as follow-ups of the incident with this id.
    Result<QStringList> followUpKeysOf(qint64 id);
    Result<qint64> count();

    // Annotations. Setting a cause override also updates the effective cause at once.
    Status setCauseOverride(const QString &key, const QString &cause); // empty clears
    Status setNote(const QString &key, const QString &note);
    Status setStarred(const QString &key, bool starred);
    Status setTags(const QString &key, const QStringList &tags);

    // Columns of a list query (no body). Used by list, export and the table model.
    static QString listColumns();
    static IncidentRecord recordFromListQuery(const QSqlQuery &q);

private:
    Status prepare();
    // The data kinds' rows of an incident; `fresh`: it has none yet (just inserted).
    Status writeKinds(qint64 id, const IncidentFacts &facts, bool fresh);
    Status touchAnnotation(const QString &key);
    Status indexText(qint64 id, const ParsedPost &post);
    Status applyOverride(const QString &key);
    Database &m_db;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    QList<qint64> m_written; // added or updated since the last linkFollowUps()
};

} // namespace jikenbo
