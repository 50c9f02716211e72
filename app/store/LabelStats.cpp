// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelStats.h"

#include "Database.h"
#include "SyncLog.h"
#include "classify/Taxonomy.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

Result<QList<LabelStat>> LabelStats::compute(Database &db, const Taxonomy &taxonomy)
{
    using R = Result<QList<LabelStat>>;
    QSqlQuery q(db.sql());
    if (!q.exec(u"SELECT l.value, count(*) FROM incidents AS i, json_each(i.labels) AS l "
                "GROUP BY l.value"_s))
        return R::failure(q.lastError().text().trimmed());
    QHash<QString, qsizetype> index;
    QList<LabelStat> out;
    while (q.next()) {
        LabelStat s;
        s.label = q.value(0).toString();
        s.incidents = q.value(1).toInt();
        index.insert(s.label, out.size());
        out << s;
    }
    SyncLog log(db);
    const auto blog = log.allCategories();
    if (!blog.ok())
        return R::failure(blog.error());
    for (const QString &label : blog.value()) {
        if (!index.contains(label)) {
            index.insert(label, out.size());
            out << LabelStat{label, 0, {}, {}, false};
        }
        out[index.value(label)].onBlog = true;
    }
    for (LabelStat &s : out) {
        switch (taxonomy.labelKind(s.label)) {
        case Taxonomy::LabelKind::Cause:
            s.mapping = u"cause"_s;
            s.cause = taxonomy.causeForLabel(s.label);
            break;
        case Taxonomy::LabelKind::Unmapped:
            s.mapping = u"unmapped"_s;
            break;
        case Taxonomy::LabelKind::NotACause:
            s.mapping = u"not_a_cause"_s;
            break;
        }
    }
    std::sort(out.begin(), out.end(), [](const LabelStat &a, const LabelStat &b) {
        return a.incidents != b.incidents ? a.incidents > b.incidents : a.label < b.label;
    });
    return out;
}

QJsonObject LabelStats::toJson(const QList<LabelStat> &stats)
{
    QJsonArray rows;
    for (const LabelStat &s : stats)
        rows.append(QJsonObject{
            {u"label"_s, s.label},
            {u"incidents"_s, s.incidents},
            {u"cause"_s, s.cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.cause)},
            {u"mapping"_s, s.mapping},
            {u"on_blog"_s, s.onBlog},
        });
    return QJsonObject{{u"labels"_s, rows}};
}

} // namespace jikenbo
