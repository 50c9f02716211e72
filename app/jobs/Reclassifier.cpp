// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reclassifier.h"

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "core/ParsedPost.h"
#include "store/CauseModelUpdater.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

} // namespace

QJsonObject ReclassifySummary::toJson() const
{
    return QJsonObject{{u"incidents"_s, incidents},        {u"changed"_s, changed},
                       {u"cause_changed"_s, causeChanged}, {u"sector_changed"_s, sectorChanged},
                       {u"override_kept"_s, overrideKept}, {u"cancelled"_s, cancelled}};
}

Reclassifier::Reclassifier(Database &db, const Classifier &classifier)
    : m_db(db)
    , m_classifier(classifier)
{
}

Result<ReclassifySummary> Reclassifier::run(const ProgressFn &progress,
                                            const std::atomic_bool *cancel)
{
    using R = Result<ReclassifySummary>;
    ReclassifySummary sum;
    if (const Status s = m_db.begin(); !s.ok())
        return R::failure(s.error());
    auto fail = [this](const QString &message) {
        m_db.rollback();
        return R::failure(tr("reclassifying failed: %1").arg(message));
    };

    QSqlQuery total(m_db.sql());
    if (!total.exec(u"SELECT count(*) FROM incidents"_s) || !total.next())
        return fail(sqlError(total));
    const int count = total.value(0).toInt();
    total.finish();

    // In batches by id: the rows are rewritten while they are read.
    QSqlQuery read(m_db.sql());
    QSqlQuery write(m_db.sql());
    if (!read.prepare(
            u"SELECT i.id, i.title, i.caption, i.organization, i.labels, i.cause, i.sector, "
            "i.cause_auto, i.content_hash, t.body, "
            "(SELECT NULLIF(a.cause_override, '') FROM annotations a WHERE a.key = i.key), "
            "i.announced_on, i.case_year "
            "FROM incidents i JOIN incident_text t ON t.id = i.id WHERE i.id > ? "
            "ORDER BY i.id LIMIT 500"_s) ||
        !write.prepare(
            u"UPDATE incidents SET cause = ?, cause_origin = ?, cause_auto = ?, "
            "cause_auto_origin = ?, cause_label = ?, cause_confidence = ?, cause_explain = ?, "
            "sector = ?, sector_explain = ?, rules_fingerprint = ?, content_hash = ?, "
            "last_changed = ? WHERE id = ?"_s))
        return fail(read.lastError().isValid() ? sqlError(read) : sqlError(write));

    IncidentStore store(m_db);
    const QString fingerprint = m_classifier.rules().fingerprint();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    qint64 lastId = 0;
    for (;;) {
        read.bindValue(0, lastId);
        if (!read.exec())
            return fail(sqlError(read));
        struct Row
        {
            qint64 id;
            ParsedPost post;
            QString cause, sector, causeAuto, hash, override_;
        };
        QList<Row> rows;
        while (read.next()) {
            Row r;
            r.id = read.value(0).toLongLong();
            r.post.title = read.value(1).toString();
            r.post.caption = read.value(2).toString();
            r.post.organization = read.value(3).toString();
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(read.value(4).toString().toUtf8()).array())
                r.post.labels << v.toString();
            r.cause = read.value(5).toString();
            r.sector = read.value(6).toString();
            r.causeAuto = read.value(7).toString();
            r.hash = read.value(8).toString();
            r.post.body = read.value(9).toString();
            r.override_ = read.value(10).toString();
            r.post.announcedOn = QDate::fromString(read.value(11).toString(), Qt::ISODate);
            r.post.caseYear = read.value(12).toInt();
            rows << std::move(r);
        }
        read.finish();
        if (rows.isEmpty())
            break;
        for (const Row &r : std::as_const(rows)) {
            lastId = r.id;
            if (cancel && cancel->load()) {
                m_db.rollback();
                sum.cancelled = true;
                return sum;
            }
            const Classification c = m_classifier.classify(r.post);
            const QString causeExplain = compactJson(c.causeCall.toJson());
            const QString sectorExplain = compactJson(c.sectorCall.toJson());
            const QString classHash =
                IncidentStore::classificationHash(c, causeExplain, sectorExplain);
            ++sum.incidents;
            const QString contentHalf = r.hash.left(IncidentStore::ContentHashLength);
            if (r.hash.size() > IncidentStore::ContentHashLength &&
                r.hash.mid(IncidentStore::ContentHashLength) == classHash)
                continue; // the same call as before: nothing to write
            const bool overridden = !r.override_.isEmpty();
            const QString cause = overridden ? r.override_ : c.cause;
            const bool causeChanged = cause != r.cause;
            const bool sectorChanged = c.sector != r.sector;
            sum.causeChanged += causeChanged ? 1 : 0;
            sum.sectorChanged += sectorChanged ? 1 : 0;
            sum.changed += causeChanged || sectorChanged ? 1 : 0;
            sum.overrideKept += overridden && c.cause != r.causeAuto ? 1 : 0;
            int i = 0;
            write.bindValue(i++, cause);
            write.bindValue(i++, overridden ? u"user"_s : c.causeOrigin);
            write.bindValue(i++, c.cause);
            write.bindValue(i++, c.causeOrigin);
            write.bindValue(i++, c.causeLabel.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                        : QVariant(c.causeLabel));
            write.bindValue(i++, c.causeOrigin == u"rule"_s ? c.causeCall.confidence : 1.0);
            write.bindValue(i++, causeExplain);
            write.bindValue(i++, c.sector);
            write.bindValue(i++, sectorExplain);
            write.bindValue(i++, fingerprint);
            write.bindValue(i++, QString(contentHalf + classHash));
            write.bindValue(i++, now);
            write.bindValue(i++, r.id);
            if (!write.exec())
                return fail(sqlError(write));
            if (const Status fs = store.writeFacts(r.id, c.facts); !fs.ok())
                return fail(fs.error());
        }
        if (progress)
            progress(sum.incidents, count);
    }
    if (const Status s = m_db.commit(); !s.ok())
        return fail(s.error());
    // The rules' calls were rewritten: the learned model gives its opinion on them again.
    if (const auto m = CauseModelUpdater::refresh(m_db); !m.ok())
        return R::failure(tr("reclassifying done, but the learned cause model failed: %1")
                              .arg(m.error()));
    return sum;
}

} // namespace jikenbo
