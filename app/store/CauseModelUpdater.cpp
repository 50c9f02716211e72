// SPDX-License-Identifier: GPL-3.0-or-later
#include "CauseModelUpdater.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject CauseModelSummary::toJson() const
{
    return QJsonObject{{u"trained_on"_s, trainedOn},
                       {u"classes"_s, classes},
                       {u"opinions"_s, opinions},
                       {u"decided"_s, decided},
                       {u"changed"_s, changed}};
}

Result<std::optional<CauseModel>> CauseModelUpdater::load(Database &db)
{
    using R = Result<std::optional<CauseModel>>;
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    q.addBindValue(QString::fromLatin1(MetaKey));
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next())
        return R(std::nullopt);
    return R(CauseModel::deserialize(q.value(0).toByteArray()));
}

QString CauseModelUpdater::refreshAfterImport(Database &db, int changedIncidents)
{
    if (changedIncidents <= 0)
        return {};
    const auto r = refresh(db);
    return r.ok() ? QString() : tr("the learned cause model was not updated: %1").arg(r.error());
}

Result<CauseModel> CauseModelUpdater::train(Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT i.cause_auto, i.title, substr(t.body, 1, %1) FROM incidents i "
                "JOIN incident_text t ON t.id = i.id WHERE i.cause_auto_origin = 'label' "
                "ORDER BY i.id"_s.arg(CauseModel::BodyChars)))
        return Result<CauseModel>::failure(sqlError(q));
    CauseModel model;
    QList<std::pair<QString, CauseModel::Features>> trained;
    while (q.next()) {
        trained.append({q.value(0).toString(),
                        CauseModel::featuresOf(q.value(1).toString(), q.value(2).toString())});
        model.add(trained.last().first, trained.last().second);
    }
    model.estimateReliability(trained);
    return model;
}

Result<CauseModelSummary> CauseModelUpdater::refresh(Database &db)
{
    using R = Result<CauseModelSummary>;
    CauseModelSummary sum;
    if (const Status s = db.begin(); !s.ok())
        return R::failure(s.error());
    auto fail = [&db](const QString &message) {
        db.rollback();
        return R::failure(message);
    };

    // Train on the causes the blog's labels gave.
    auto trained = train(db);
    if (!trained.ok())
        return fail(trained.error());
    CauseModel model = trained.value();
    sum.trainedOn = model.documents();
    sum.classes = int(model.classes().size());
    if (!model.isUsable())
        model = CauseModel();
    {
        QSqlQuery q(db.sql());
        if (model.isEmpty()) {
            q.prepare(u"DELETE FROM meta WHERE name = ?"_s);
            q.addBindValue(QString::fromLatin1(MetaKey));
        } else {
            q.prepare(u"INSERT INTO meta (name, value) VALUES (?, ?) "
                      "ON CONFLICT(name) DO UPDATE SET value = excluded.value"_s);
            q.addBindValue(QString::fromLatin1(MetaKey));
            q.addBindValue(model.serialize());
        }
        if (!q.exec())
            return fail(sqlError(q));
        // No model now and none before: no incident holds an opinion to take back.
        if (model.isEmpty() && q.numRowsAffected() == 0) {
            if (const Status st = db.commit(); !st.ok())
                return fail(st.error());
            return sum;
        }
    }

    // Its opinion on every cause the rules gave; without a model, earlier opinions go.
    QSqlQuery read(db.sql());
    QSqlQuery write(db.sql());
    const QString where =
        model.isEmpty() ? u"i.cause_auto_origin = 'rule' AND i.cause_explain LIKE '%\"model\"%'"_s
                        : u"i.cause_auto_origin = 'rule'"_s;
    if (!read.prepare(u"SELECT i.id, i.cause_auto, i.cause_explain, i.cause_confidence, i.title, "
                      "substr(t.body, 1, %1), (SELECT NULLIF(a.cause_override, '') FROM "
                      "annotations a WHERE a.key = i.key) FROM incidents i JOIN incident_text t "
                      "ON t.id = i.id WHERE "_s.arg(CauseModel::BodyChars) +
                      where + u" AND i.id > ? ORDER BY i.id LIMIT 500"_s) ||
        !write.prepare(u"UPDATE incidents SET cause_auto = ?, cause = COALESCE(?, ?), "
                       "cause_explain = ?, cause_confidence = ? WHERE id = ?"_s))
        return fail(read.lastError().isValid() ? sqlError(read) : sqlError(write));
    qint64 lastId = 0;
    for (;;) {
        read.bindValue(0, lastId);
        if (!read.exec())
            return fail(sqlError(read));
        struct Row
        {
            qint64 id;
            QString causeAuto;
            QJsonObject explain;
            double confidence;
            QString title, body, override_;
        };
        QList<Row> rows;
        while (read.next()) {
            rows.append({read.value(0).toLongLong(), read.value(1).toString(),
                         QJsonDocument::fromJson(read.value(2).toString().toUtf8()).object(),
                         read.value(3).toDouble(), read.value(4).toString(),
                         read.value(5).toString(), read.value(6).toString()});
        }
        read.finish();
        if (rows.isEmpty())
            break;
        for (const Row &r : std::as_const(rows)) {
            lastId = r.id;
            QJsonObject explain = r.explain;
            const QString rulesKey = explain.value(u"key"_s).toString();
            const double rulesConfidence = explain.value(u"confidence"_s).toDouble();
            QString cause = rulesKey;
            double confidence = rulesConfidence;
            explain.remove(u"model"_s);
            if (!model.isEmpty()) {
                const CauseOpinion o = model.predict(CauseModel::featuresOf(r.title, r.body));
                if (o.isValid()) {
                    const CombinedCause c = model.combine(explain, o);
                    explain.insert(u"model"_s, model.opinionJson(o, c.byModel));
                    ++sum.opinions;
                    if (c.byModel) {
                        cause = c.key;
                        confidence = o.probability;
                        ++sum.decided;
                    }
                }
            }
            if (cause.isEmpty() || (explain == r.explain && cause == r.causeAuto &&
                                    qFuzzyCompare(confidence + 1, r.confidence + 1)))
                continue;
            write.bindValue(0, cause);
            write.bindValue(1, r.override_.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(r.override_));
            write.bindValue(2, cause);
            write.bindValue(3, compactJson(explain));
            write.bindValue(4, confidence);
            write.bindValue(5, r.id);
            if (!write.exec())
                return fail(sqlError(write));
            ++sum.changed;
        }
    }
    if (const Status s = db.commit(); !s.ok())
        return fail(s.error());
    return sum;
}

} // namespace jikenbo
