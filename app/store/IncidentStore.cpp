// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentStore.h"

#include "Database.h"
#include "classify/Classifier.h"
#include "classify/Taxonomy.h"
#include "core/ParsedPost.h"
#include "core/TextUtil.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

#include <optional>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString jsonArray(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &s)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(s.toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QJsonObject fromJsonObject(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QString jsonObject(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

// For NOT NULL text columns: a null QString would bind as NULL (an empty post has no body).
QString notNull(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

} // namespace

struct IncidentStore::Prepared
{
    explicit Prepared(QSqlDatabase &db)
        : findByKey(db)
        , findByPostId(db)
        , insert(db)
        , update(db)
        , insertText(db)
        , updateText(db)
        , ftsInsert(db)
        , ftsDelete(db)
        , readText(db)
        , deleteRefs(db)
        , insertRef(db)
        , overrideFor(db)
        , updateFacts(db)
        , deleteKinds(db)
        , insertKind(db)
    {
        const QString cols =
            u"key, case_id, case_year, case_seq, title, organization, announced_on, posted_on, "
            "cause, cause_origin, cause_auto, cause_auto_origin, cause_label, cause_confidence, "
            "cause_explain, sector, sector_explain, rules_fingerprint, affected, "
            "affected_evidence, follow_up, caption, labels, source, source_url, source_post_id, "
            "source_line, content_hash, last_changed, source_updated, affected_candidates, "
            "discovered_on, discovered_evidence, occurred_on, occurred_evidence, disclosure_days, "
            "data_kinds, data_kinds_evidence, via_contractor, contractor_evidence"_s;
        ok =
            findByKey.prepare(
                u"SELECT id, key, content_hash, labels, title, organization, source_updated FROM incidents WHERE key = ?"_s) &&
            findByPostId.prepare(
                u"SELECT id, key, content_hash, labels, title, organization, source_updated FROM incidents WHERE source_post_id = ?"_s) &&
            insert.prepare(
                u"INSERT INTO incidents ("_s + cols +
                u", first_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                "?,?,?,?,?,?,?,?,?,?)"_s) &&
            update.prepare(
                u"UPDATE incidents SET ("_s + cols +
                u") = (?,?,?,?,?,?,?,COALESCE(?, posted_on),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                "COALESCE(?, source_url),COALESCE(?, source_post_id),?,?,?,"
                "COALESCE(?, source_updated),?,?,?,?,?,?,?,?,?,?) WHERE id = ?"_s) &&
            insertText.prepare(
                u"INSERT INTO incident_text (id, title, organization, body) VALUES (?,?,?,?)"_s) &&
            updateText.prepare(
                u"UPDATE incident_text SET title = ?, organization = ?, body = ? WHERE id = ?"_s) &&
            ftsInsert.prepare(
                u"INSERT INTO incident_fts (rowid, title, organization, body) VALUES (?,?,?,?)"_s) &&
            ftsDelete.prepare(
                u"INSERT INTO incident_fts (incident_fts, rowid, title, organization, body) VALUES ('delete',?,?,?,?)"_s) &&
            readText.prepare(
                u"SELECT title, organization, body FROM incident_text WHERE id = ?"_s) &&
            deleteRefs.prepare(u"DELETE FROM incident_refs WHERE incident_id = ?"_s) &&
            insertRef.prepare(
                u"INSERT OR IGNORE INTO incident_refs (incident_id, case_id) VALUES (?, ?)"_s) &&
            overrideFor.prepare(
                u"SELECT cause_override FROM annotations WHERE key = ? AND cause_override IS NOT NULL AND cause_override <> ''"_s) &&
            updateFacts.prepare(u"UPDATE incidents SET discovered_on = ?, discovered_evidence = ?, "
                                u"occurred_on = ?, "
                                "occurred_evidence = ?, disclosure_days = ?, data_kinds = ?, "
                                "data_kinds_evidence = ?, "
                                "via_contractor = ?, contractor_evidence = ? WHERE id = ?"_s) &&
            deleteKinds.prepare(u"DELETE FROM incident_data_kind WHERE incident_id = ?"_s) &&
            insertKind.prepare(
                u"INSERT OR IGNORE INTO incident_data_kind (kind, incident_id, evidence) VALUES (?,?,?)"_s);
        if (!ok) {
            for (QSqlQuery *q :
                 {&findByKey, &findByPostId, &insert, &update, &insertText, &updateText, &ftsInsert,
                  &ftsDelete, &readText, &deleteRefs, &insertRef, &overrideFor, &updateFacts,
                  &deleteKinds, &insertKind}) {
                if (q->lastError().isValid()) {
                    error = q->lastError().text();
                    break;
                }
            }
        }
    }
    QSqlQuery findByKey, findByPostId, insert, update, insertText, updateText, ftsInsert, ftsDelete,
        readText, deleteRefs, insertRef, overrideFor, updateFacts, deleteKinds, insertKind;
    bool ok = false;
    QString error;
};

IncidentStore::IncidentStore(Database &db)
    : m_db(db)
{
}

IncidentStore::~IncidentStore() = default;

QString IncidentStore::classificationHash(const Classification &c, const QString &causeExplain,
                                          const QString &sectorExplain)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &s :
         {c.cause, c.causeOrigin, c.causeLabel, causeExplain, c.sector, sectorExplain}) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    // The facts read from the notice, so that reading them better rewrites them (Reclassifier).
    const IncidentFacts &f = c.facts;
    QStringList facts{f.discoveredOn.toString(Qt::ISODate),
                      f.discoveredEvidence,
                      f.occurredOn.toString(Qt::ISODate),
                      f.occurredEvidence,
                      f.disclosureDays ? QString::number(*f.disclosureDays) : QString(),
                      f.viaContractor ? u"1"_s : u"0"_s,
                      f.contractorEvidence};
    for (const DataKindFact &k : f.dataKinds)
        facts << k.key << k.evidence;
    for (const QString &s : std::as_const(facts)) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

QString IncidentStore::affectedCandidatesJson(const QList<AffectedCandidate> &candidates)
{
    if (candidates.isEmpty())
        return {};
    QJsonArray a;
    for (const AffectedCandidate &c : candidates) {
        QJsonObject o{{u"value"_s, double(c.value)},
                      {u"kind"_s, c.kind},
                      {u"evidence"_s, c.evidence},
                      {u"score"_s, qRound(c.score * 10) / 10.0}};
        if (c.chosen)
            o.insert(u"chosen"_s, true);
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString IncidentStore::stableKey(const QString &caseId, const QString &title)
{
    QString n = text::nfkc(title).toCaseFolded();
    n.removeIf([](QChar c) { return text::isSpace(c); });
    const QByteArray h = QCryptographicHash::hash(n.toUtf8(), QCryptographicHash::Sha1).toHex();
    return caseId + u'-' + QString::fromLatin1(h.left(10));
}

Status IncidentStore::prepare()
{
    if (!m_prepared) {
        m_prepared = std::make_unique<Prepared>(m_db.sql());
        if (!m_prepared->ok) {
            const QString e = m_prepared->error;
            m_prepared.reset();
            return Status::failure(tr("cannot prepare statements: %1").arg(e));
        }
    }
    return {};
}

// The nine facts columns, bound from placeholder `i` on; returns the next placeholder.
static int bindFacts(QSqlQuery &q, int i, const IncidentFacts &f)
{
    QJsonObject kindEvidence;
    for (const DataKindFact &k : f.dataKinds)
        kindEvidence.insert(k.key, k.evidence);
    q.bindValue(i++, dateOrNull(f.discoveredOn));
    q.bindValue(i++, textOrNull(f.discoveredOn.isValid() ? f.discoveredEvidence : QString()));
    q.bindValue(i++, dateOrNull(f.occurredOn));
    q.bindValue(i++, textOrNull(f.occurredOn.isValid() ? f.occurredEvidence : QString()));
    q.bindValue(i++, f.disclosureDays ? QVariant(*f.disclosureDays)
                                      : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(i++, notNull(f.dataKindKeys().join(u',')));
    q.bindValue(i++, textOrNull(kindEvidence.isEmpty() ? QString() : jsonObject(kindEvidence)));
    q.bindValue(i++, f.viaContractor ? 1 : 0);
    q.bindValue(i++, textOrNull(f.viaContractor ? f.contractorEvidence : QString()));
    return i;
}

Status IncidentStore::writeFacts(qint64 id, const IncidentFacts &f)
{
    if (const Status s = prepare(); !s.ok())
        return s;
    Prepared &p = *m_prepared;
    p.updateFacts.bindValue(bindFacts(p.updateFacts, 0, f), id);
    if (!p.updateFacts.exec())
        return Status::failure(sqlError(p.updateFacts));
    return writeKinds(id, f, false);
}

Status IncidentStore::writeKinds(qint64 id, const IncidentFacts &f, bool fresh)
{
    Prepared &p = *m_prepared;
    if (!fresh) {
        p.deleteKinds.bindValue(0, id);
        if (!p.deleteKinds.exec())
            return Status::failure(sqlError(p.deleteKinds));
    }
    for (const DataKindFact &k : f.dataKinds) {
        p.insertKind.bindValue(0, k.key);
        p.insertKind.bindValue(1, id);
        p.insertKind.bindValue(2, textOrNull(k.evidence));
        if (!p.insertKind.exec())
            return Status::failure(sqlError(p.insertKind));
    }
    return {};
}

Result<qint64> IncidentStore::factsPending(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(u"SELECT count(*) FROM incidents WHERE via_contractor IS NULL"_s) || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

IncidentStore::UpsertInput IncidentStore::derive(const ParsedPost &post,
                                                 const Classification &call,
                                                 const QStringList &labels)
{
    UpsertInput in;
    in.key = stableKey(post.caseId, post.title);
    in.labels = labels;
    in.c = call;
    if (in.c.causeOrigin != u"label"_s)
        Classifier::applyLabels(in.c, labels, Taxonomy::builtIn());
    in.labelsJson = jsonArray(labels);
    in.candidatesJson = affectedCandidatesJson(post.affectedCandidates);
    in.causeExplain = jsonObject(in.c.causeCall.toJson());
    in.sectorExplain = jsonObject(in.c.sectorCall.toJson());

    // What the import determines; equal hash means nothing to write. Two halves: the imported
    // content, and its classification (which Reclassifier rewrites on its own).
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &s :
         {in.key, post.caseId, post.title, post.organization,
          post.announcedOn.toString(Qt::ISODate), post.postedOn.toString(Qt::ISODate),
          post.affected ? QString::number(post.affected->value) : QString(),
          post.affected ? post.affected->evidence : QString(), post.followUp ? u"1"_s : u"0"_s,
          post.caption, in.labelsJson, post.sourceUrl, post.sourcePostId,
          post.relatedCaseIds.join(u','), post.body, in.candidatesJson}) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    // The feed's <updated> time; only when known, so hashes of text imports stay as they were.
    in.sourceUpdated =
        post.sourceUpdated.isValid() ? post.sourceUpdated.toString(Qt::ISODateWithMs) : QString();
    if (!in.sourceUpdated.isEmpty())
        h.addData(in.sourceUpdated.toUtf8());
    in.hash = QString::fromLatin1(h.result().toHex()) +
              classificationHash(in.c, in.causeExplain, in.sectorExplain);
    return in;
}

Result<UpsertOutcome> IncidentStore::upsert(const ParsedPost &post, const Classification &call,
                                            const QString &source, const QString &rulesFingerprint,
                                            UpsertPrevious *previous, const UpsertInput *ahead)
{
    using R = Result<UpsertOutcome>;
    if (const Status s = prepare(); !s.ok())
        return R::failure(s.error());
    Prepared &p = *m_prepared;
    const QString key = ahead ? ahead->key : stableKey(post.caseId, post.title);

    // Existing row: by the feed's post id first (survives renames), then by key. A source that
    // does not know the feed's post id, link, post date or updated time keeps the stored ones.
    qint64 id = 0;
    QString oldKey, oldHash, oldTitle, oldOrg;
    QStringList labels = post.labels;
    auto readExisting = [&](QSqlQuery &q) -> bool {
        if (!q.exec())
            return false;
        if (q.next()) {
            id = q.value(0).toLongLong();
            oldKey = q.value(1).toString();
            oldHash = q.value(2).toString();
            for (const QString &l : fromJsonArray(q.value(3).toString())) {
                if (!labels.contains(l))
                    labels << l;
            }
            oldTitle = q.value(4).toString();
            oldOrg = q.value(5).toString();
            if (previous) {
                previous->existed = true;
                previous->title = oldTitle;
                previous->labels = fromJsonArray(q.value(3).toString());
                previous->sourceUpdated = q.value(6).toString();
            }
        }
        q.finish();
        return true;
    };
    if (!post.sourcePostId.isEmpty()) {
        p.findByPostId.bindValue(0, post.sourcePostId);
        if (!readExisting(p.findByPostId))
            return R::failure(sqlError(p.findByPostId));
    }
    if (id == 0) {
        p.findByKey.bindValue(0, key);
        if (!readExisting(p.findByKey))
            return R::failure(sqlError(p.findByKey));
    }

    // A label the post carried on another page still decides (user > label > rules, whichever
    // page was imported last): derived again when the stored labels add one.
    std::optional<UpsertInput> derived;
    if (!ahead || ahead->labels != labels)
        derived = derive(post, call, labels);
    const UpsertInput &in = derived ? *derived : *ahead;
    const Classification &c = in.c;

    // Effective cause: a user override wins.
    p.overrideFor.bindValue(0, id ? oldKey : key);
    if (!p.overrideFor.exec())
        return R::failure(sqlError(p.overrideFor));
    QString cause = c.cause, origin = c.causeOrigin;
    if (p.overrideFor.next()) {
        cause = p.overrideFor.value(0).toString();
        origin = u"user"_s;
    }
    p.overrideFor.finish();

    const QString &labelsJson = in.labelsJson;
    const QString &candidatesJson = in.candidatesJson;
    const QString &causeExplain = in.causeExplain;
    const QString &sectorExplain = in.sectorExplain;
    const QString &sourceUpdated = in.sourceUpdated;
    const QString &hash = in.hash;
    if (id != 0 && hash == oldHash && key == oldKey)
        return UpsertOutcome::Unchanged;

    const QString now = nowIso();
    auto bindAll = [&](QSqlQuery &q) {
        int i = 0;
        q.bindValue(i++, key);
        q.bindValue(i++, post.caseId);
        q.bindValue(i++, post.caseYear);
        q.bindValue(i++, post.caseSeq >= 0 ? QVariant(post.caseSeq)
                                           : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(i++, notNull(post.title));
        q.bindValue(i++, notNull(post.organization));
        q.bindValue(i++, dateOrNull(post.announcedOn));
        q.bindValue(i++, dateOrNull(post.postedOn));
        q.bindValue(i++, cause);
        q.bindValue(i++, origin);
        q.bindValue(i++, c.cause);
        q.bindValue(i++, c.causeOrigin);
        q.bindValue(i++, textOrNull(c.causeLabel));
        q.bindValue(i++,
                    c.causeOrigin == u"rule"_s ? QVariant(c.causeCall.confidence) : QVariant(1.0));
        q.bindValue(i++, causeExplain);
        q.bindValue(i++, c.sector);
        q.bindValue(i++, sectorExplain);
        q.bindValue(i++, rulesFingerprint);
        q.bindValue(i++, post.affected ? QVariant(post.affected->value)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(i++, post.affected ? QVariant(post.affected->evidence)
                                       : QVariant(QMetaType(QMetaType::QString)));
        q.bindValue(i++, post.followUp ? 1 : 0);
        q.bindValue(i++, textOrNull(post.caption));
        q.bindValue(i++, labelsJson);
        q.bindValue(i++, source);
        q.bindValue(i++, textOrNull(post.sourceUrl));
        q.bindValue(i++, textOrNull(post.sourcePostId));
        q.bindValue(i++, post.line);
        q.bindValue(i++, hash);
        q.bindValue(i++, now);
        q.bindValue(i++, textOrNull(sourceUpdated));
        q.bindValue(i++, textOrNull(candidatesJson));
        return bindFacts(q, i, c.facts);
    };

    UpsertOutcome outcome;
    if (id == 0) {
        const int n = bindAll(p.insert);
        p.insert.bindValue(n, now);
        if (!p.insert.exec())
            return R::failure(sqlError(p.insert));
        id = p.insert.lastInsertId().toLongLong();
        p.insertText.bindValue(0, id);
        p.insertText.bindValue(1, notNull(post.title));
        p.insertText.bindValue(2, notNull(post.organization));
        p.insertText.bindValue(3, notNull(post.body));
        if (!p.insertText.exec())
            return R::failure(sqlError(p.insertText));
        if (const Status s = indexText(id, post); !s.ok())
            return R::failure(s.error());
        outcome = UpsertOutcome::Added;
    } else {
        const int n = bindAll(p.update);
        p.update.bindValue(n, id);
        if (!p.update.exec())
            return R::failure(sqlError(p.update));
        // The index forgets the old text (FTS5 needs the values it indexed), then learns the new.
        p.readText.bindValue(0, id);
        if (!p.readText.exec())
            return R::failure(sqlError(p.readText));
        if (p.readText.next()) {
            if (previous)
                previous->body = p.readText.value(2).toString();
            p.ftsDelete.bindValue(0, id);
            p.ftsDelete.bindValue(1, p.readText.value(0));
            p.ftsDelete.bindValue(2, p.readText.value(1));
            p.ftsDelete.bindValue(3, p.readText.value(2));
            p.readText.finish();
            if (!p.ftsDelete.exec())
                return R::failure(sqlError(p.ftsDelete));
        }
        p.updateText.bindValue(0, notNull(post.title));
        p.updateText.bindValue(1, notNull(post.organization));
        p.updateText.bindValue(2, notNull(post.body));
        p.updateText.bindValue(3, id);
        if (!p.updateText.exec())
            return R::failure(sqlError(p.updateText));
        if (const Status s = indexText(id, post); !s.ok())
            return R::failure(s.error());
        if (oldKey != key) {
            // A renamed post keeps what the user typed about it.
            QSqlQuery mv(m_db.sql());
            mv.prepare(u"UPDATE OR REPLACE annotations SET key = ? WHERE key = ?"_s);
            mv.addBindValue(key);
            mv.addBindValue(oldKey);
            if (!mv.exec())
                return R::failure(sqlError(mv));
        }
        p.deleteRefs.bindValue(0, id);
        if (!p.deleteRefs.exec())
            return R::failure(sqlError(p.deleteRefs));
        outcome = UpsertOutcome::Updated;
    }
    m_written.append(id);
    for (const QString &ref : post.relatedCaseIds) {
        p.insertRef.bindValue(0, id);
        p.insertRef.bindValue(1, ref);
        if (!p.insertRef.exec())
            return R::failure(sqlError(p.insertRef));
    }
    if (const Status s = writeKinds(id, c.facts, outcome == UpsertOutcome::Added); !s.ok())
        return R::failure(s.error());
    return outcome;
}

Status IncidentStore::indexText(qint64 id, const ParsedPost &post)
{
    Prepared &p = *m_prepared;
    p.ftsInsert.bindValue(0, id);
    p.ftsInsert.bindValue(1, notNull(post.title));
    p.ftsInsert.bindValue(2, notNull(post.organization));
    p.ftsInsert.bindValue(3, notNull(post.body));
    if (!p.ftsInsert.exec())
        return Status::failure(sqlError(p.ftsInsert));
    return {};
}

Status IncidentStore::linkFollowUps()
{
    if (m_written.isEmpty())
        return {};
    QString ids;
    ids.reserve(m_written.size() * 8);
    for (qint64 id : std::as_const(m_written)) {
        ids += ids.isEmpty() ? u'[' : u',';
        ids += QString::number(id);
    }
    ids += u']';
    QSqlQuery q(m_db.sql());
    q.prepare(uR"(
        WITH w(id) AS (SELECT value FROM json_each(?))
        UPDATE incidents AS f SET follow_up_of = (
            SELECT o.id FROM incidents AS o
            WHERE o.id <> f.id AND o.follow_up = 0
              AND ((f.case_seq IS NOT NULL AND o.case_id = f.case_id)
                   OR (f.case_seq IS NULL AND o.organization = f.organization AND o.organization <> ''))
              AND (o.announced_on IS NULL OR f.announced_on IS NULL OR o.announced_on <= f.announced_on)
            ORDER BY (o.announced_on IS NULL), o.announced_on DESC, o.id DESC
            LIMIT 1)
        WHERE f.follow_up = 1
          AND (f.id IN (SELECT id FROM w)
               OR f.follow_up_of IN (SELECT id FROM w)
               OR f.case_id IN (SELECT case_id FROM incidents WHERE id IN (SELECT id FROM w))
               OR f.organization IN (SELECT organization FROM incidents
                                     WHERE id IN (SELECT id FROM w) AND organization <> '')))"_s);
    q.addBindValue(ids);
    if (!q.exec())
        return Status::failure(sqlError(q));
    m_written.clear();
    return {};
}

QString IncidentStore::listColumns()
{
    return u"i.id, i.key, i.case_id, i.title, i.organization, i.announced_on, i.posted_on, "
           "i.cause, i.cause_origin, i.sector, i.affected, i.follow_up, "
           "(SELECT f.key FROM incidents f WHERE f.id = i.follow_up_of), i.labels, i.source, "
           "i.source_url, i.caption, i.cause_confidence, i.cause_auto, i.cause_auto_origin, "
           "i.cause_label, i.source_line, i.affected_evidence, "
           "a.starred, a.tags, a.note, a.cause_override, i.removed_on, i.discovered_on, "
           "i.occurred_on, i.disclosure_days, i.data_kinds, i.via_contractor"_s;
}

IncidentRecord IncidentStore::recordFromListQuery(const QSqlQuery &q)
{
    IncidentRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.key = q.value(i++).toString();
    r.caseId = q.value(i++).toString();
    r.title = q.value(i++).toString();
    r.organization = q.value(i++).toString();
    r.announcedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.postedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.cause = q.value(i++).toString();
    r.causeOrigin = q.value(i++).toString();
    r.sector = q.value(i++).toString();
    const QVariant aff = q.value(i++);
    if (!aff.isNull())
        r.affected = aff.toLongLong();
    r.followUp = q.value(i++).toInt() != 0;
    r.followUpOfKey = q.value(i++).toString();
    r.labels = fromJsonArray(q.value(i++).toString());
    r.source = q.value(i++).toString();
    r.sourceUrl = q.value(i++).toString();
    r.caption = q.value(i++).toString();
    r.causeConfidence = q.value(i++).toDouble();
    r.causeAuto = q.value(i++).toString();
    r.causeAutoOrigin = q.value(i++).toString();
    r.causeLabel = q.value(i++).toString();
    r.sourceLine = q.value(i++).toInt();
    r.affectedEvidence = q.value(i++).toString();
    r.starred = q.value(i++).toInt() != 0;
    r.tags = fromJsonArray(q.value(i++).toString());
    r.note = q.value(i++).toString();
    r.causeOverride = q.value(i++).toString();
    r.removedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.facts.discoveredOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.facts.occurredOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    if (const QVariant days = q.value(i++); !days.isNull())
        r.facts.disclosureDays = days.toInt();
    for (const QString &k : q.value(i++).toString().split(u',', Qt::SkipEmptyParts))
        r.facts.dataKinds.append({k, QString()});
    const QVariant via = q.value(i++);
    r.factsRead = !via.isNull();
    r.facts.viaContractor = via.toInt() == 1;
    return r;
}

static Status fillDetails(QSqlDatabase &db, IncidentRecord &r, bool withBody)
{
    QSqlQuery q(db);
    q.prepare(
        u"SELECT cause_explain, sector_explain, affected_candidates, discovered_evidence, "
        "occurred_evidence, data_kinds_evidence, contractor_evidence FROM incidents WHERE id = ?"_s);
    q.addBindValue(r.id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (q.next()) {
        r.causeExplain = fromJsonObject(q.value(0).toString());
        r.sectorExplain = fromJsonObject(q.value(1).toString());
        r.affectedCandidates = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
        r.facts.discoveredEvidence = q.value(3).toString();
        r.facts.occurredEvidence = q.value(4).toString();
        const QJsonObject kinds = fromJsonObject(q.value(5).toString());
        for (DataKindFact &k : r.facts.dataKinds)
            k.evidence = kinds.value(k.key).toString();
        r.facts.contractorEvidence = q.value(6).toString();
    }
    q.prepare(u"SELECT case_id FROM incident_refs WHERE incident_id = ? ORDER BY case_id"_s);
    q.addBindValue(r.id);
    if (!q.exec())
        return Status::failure(sqlError(q));
    while (q.next())
        r.relatedCaseIds << q.value(0).toString();
    if (withBody) {
        q.prepare(u"SELECT body FROM incident_text WHERE id = ?"_s);
        q.addBindValue(r.id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next())
            r.body = q.value(0).toString();
    }
    return {};
}

Result<std::optional<IncidentRecord>> IncidentStore::byKey(const QString &key, bool withBody)
{
    using R = Result<std::optional<IncidentRecord>>;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + listColumns() +
              u" FROM incidents i LEFT JOIN annotations a ON a.key = i.key WHERE i.key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next())
        return R(std::nullopt);
    IncidentRecord r = recordFromListQuery(q);
    if (const Status s = fillDetails(m_db.sql(), r, withBody); !s.ok())
        return R::failure(s.error());
    return R(std::optional<IncidentRecord>(std::move(r)));
}

Result<QList<IncidentRecord>> IncidentStore::byCaseId(const QString &caseId, bool withBody)
{
    using R = Result<QList<IncidentRecord>>;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT "_s + listColumns() +
              u" FROM incidents i LEFT JOIN annotations a ON a.key = i.key WHERE i.case_id = ?"
              " ORDER BY i.follow_up, i.announced_on, i.id"_s);
    q.addBindValue(text::nfkc(caseId).trimmed());
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<IncidentRecord> out;
    while (q.next())
        out << recordFromListQuery(q);
    for (IncidentRecord &r : out) {
        if (const Status s = fillDetails(m_db.sql(), r, withBody); !s.ok())
            return R::failure(s.error());
    }
    return out;
}

Result<QStringList> IncidentStore::followUpKeysOf(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT key FROM incidents WHERE follow_up_of = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<QStringList>::failure(sqlError(q));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

Result<qint64> IncidentStore::count()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT count(*) FROM incidents"_s) || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

Status IncidentStore::touchAnnotation(const QString &key)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"INSERT INTO annotations (key, updated_at) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at"_s);
    q.addBindValue(key);
    q.addBindValue(nowIso());
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status IncidentStore::applyOverride(const QString &key)
{
    QSqlQuery q(m_db.sql());
    q.prepare(uR"(UPDATE incidents SET
        cause = COALESCE((SELECT NULLIF(cause_override, '') FROM annotations WHERE annotations.key = incidents.key), cause_auto),
        cause_origin = CASE WHEN (SELECT NULLIF(cause_override, '') FROM annotations WHERE annotations.key = incidents.key) IS NOT NULL
                            THEN 'user' ELSE cause_auto_origin END
        WHERE key = ?)"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status IncidentStore::setCauseOverride(const QString &key, const QString &cause)
{
    if (const Status s = touchAnnotation(key); !s.ok())
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE annotations SET cause_override = ? WHERE key = ?"_s);
    q.addBindValue(textOrNull(cause));
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return applyOverride(key);
}

Status IncidentStore::setNote(const QString &key, const QString &note)
{
    if (const Status s = touchAnnotation(key); !s.ok())
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE annotations SET note = ? WHERE key = ?"_s);
    q.addBindValue(note);
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status IncidentStore::setStarred(const QString &key, bool starred)
{
    if (const Status s = touchAnnotation(key); !s.ok())
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE annotations SET starred = ? WHERE key = ?"_s);
    q.addBindValue(starred ? 1 : 0);
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

Status IncidentStore::setTags(const QString &key, const QStringList &tags)
{
    if (const Status s = touchAnnotation(key); !s.ok())
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE annotations SET tags = ? WHERE key = ?"_s);
    q.addBindValue(jsonArray(tags));
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

} // namespace jikenbo
