// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerisExporter.h"

#include "NoticeFacts.h"
#include "classify/SchemeMap.h"
#include "core/IncidentRecord.h"
#include "core/OutputFile.h"
#include "search/SchemeSql.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QDir>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 ProgressEvery = 100;
const QString VerisScheme = u"veris"_s;

QString deviceName(const QIODevice &device)
{
    if (const auto *f = qobject_cast<const QFileDevice *>(&device))
        return QDir::toNativeSeparators(f->fileName());
    return VerisExporter::tr("the output");
}

QJsonObject dateParts(const QDate &d)
{
    return QJsonObject{{u"year"_s, d.year()}, {u"month"_s, d.month()}, {u"day"_s, d.day()}};
}

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

VerisExporter::VerisExporter(Database &db, const Query &query, const ListOptions &list)
    : m_db(db)
    , m_query(query)
    , m_list(list)
{
}

QJsonObject VerisExporter::incidentJson(const IncidentRecord &r, const NoticeFacts &facts,
                                        const QString &category, const SchemeMap &schemes)
{
    // action: {"error": {"variety": ["Misdelivery"]}}; VERIS spells the unknown action
    // "Unknown".
    QJsonObject action;
    const Scheme *veris = schemes.scheme(VerisScheme);
    const SchemeCategory *c = veris ? veris->category(category) : nullptr;
    const QString actionName = c && !c->action.isEmpty() ? c->action : u"unknown"_s;
    if (actionName == u"unknown"_s)
        action.insert(u"Unknown"_s, QJsonObject{});
    else
        action.insert(actionName,
                      QJsonObject{{u"variety"_s,
                                   QJsonArray{c->variety.isEmpty() ? u"Unknown"_s : c->variety}}});

    QJsonObject victim{{u"victim_id"_s, r.organization},
                       {u"industry"_s, schemes.verisIndustry(r.sector)},
                       {u"country"_s, QJsonArray{u"JP"_s}}};

    QJsonArray data;
    QStringList varieties;
    QJsonArray kinds;
    for (const FoundDataKind &k : facts.dataKinds) {
        kinds.append(k.key);
        const QString v = schemes.verisDataVariety(k.key);
        if (!varieties.contains(v))
            varieties << v;
    }
    for (const QString &v : varieties)
        data.append(QJsonObject{{u"variety"_s, v}});
    QJsonObject confidentiality{{u"data_disclosure"_s, u"Unknown"_s}};
    if (r.affected)
        confidentiality.insert(u"data_total"_s, double(*r.affected));
    if (!data.isEmpty())
        confidentiality.insert(u"data"_s, data);

    // VERIS times discovery from the compromise: days from occurrence to discovery, when the
    // notice gives both; the dates themselves are under plus.timeline.
    const QDate occurred = facts.timeline.occurred.date;
    const QDate discovered = facts.timeline.discovered.date;
    QJsonObject timeline;
    const QDate incidentDate = occurred.isValid()     ? occurred
                               : discovered.isValid() ? discovered
                                                      : r.announcedOn;
    if (incidentDate.isValid())
        timeline.insert(u"incident"_s, dateParts(incidentDate));
    if (occurred.isValid() && discovered.isValid() && occurred <= discovered)
        timeline.insert(u"discovery"_s, QJsonObject{{u"unit"_s, u"Days"_s},
                                                    {u"value"_s, occurred.daysTo(discovered)}});
    else
        timeline.insert(u"discovery"_s, QJsonObject{{u"unit"_s, u"Unknown"_s}});

    const std::optional<int> lag = facts.timeline.disclosureDays();
    QJsonObject plusTimeline{
        {u"occurred_on"_s, isoOrNull(occurred)},
        {u"discovered_on"_s, isoOrNull(discovered)},
        {u"announced_on"_s, isoOrNull(r.announcedOn)},
        {u"disclosure_days"_s, lag ? QJsonValue(*lag) : QJsonValue(QJsonValue::Null)}};
    QJsonObject plus{
        {u"case_id"_s, r.caseId},     {u"organization"_s, r.organization},
        {u"cause"_s, r.cause},        {u"cause_origin"_s, r.causeOrigin},
        {u"sector"_s, r.sector},      {u"veris_category"_s, category},
        {u"data_kinds"_s, kinds},     {u"contractor"_s, facts.thirdParty.viaContractor},
        {u"follow_up"_s, r.followUp}, {u"timeline"_s, plusTimeline}};

    QJsonObject o{{u"schema_version"_s, u"1.3.7"_s},
                  {u"incident_id"_s, r.key},
                  {u"source_id"_s, u"jikenbo"_s},
                  {u"summary"_s, r.title},
                  {u"security_incident"_s, u"Confirmed"_s},
                  {u"action"_s, action},
                  {u"victim"_s, victim},
                  {u"attribute"_s, QJsonObject{{u"confidentiality"_s, confidentiality}}},
                  {u"timeline"_s, timeline},
                  {u"plus"_s, plus}};
    if (!r.sourceUrl.isEmpty())
        o.insert(u"reference"_s, r.sourceUrl);
    return o;
}

Result<VerisExportSummary> VerisExporter::write(QIODevice &device)
{
    using R = Result<VerisExportSummary>;
    const auto schemes = SchemeMap::active();
    if (!schemes->scheme(VerisScheme))
        return R::failure(
            tr("%1 has no scheme 'veris' to take the actions from").arg(schemes->sourceName()));
    auto all = IncidentQuery::count(m_db, m_query, m_list.sql);
    if (!all.ok())
        return R::failure(all.error());
    qint64 total = qMax<qint64>(0, all.value() - qMax<qint64>(0, m_list.offset));
    if (m_list.limit >= 0)
        total = qMin(total, m_list.limit);

    // The category of each incident from the same expression as stats --scheme veris and the
    // query term scheme:veris:KEY.
    const SqlWhere category = SchemeSql::categoryExpression(*schemes->scheme(VerisScheme));
    QSqlQuery categoryQuery(m_db.sql());
    if (!categoryQuery.prepare(u"SELECT "_s + category.sql +
                               u" FROM incidents AS i WHERE i.id = ?"_s))
        return R::failure(categoryQuery.lastError().text());
    IncidentStore store(m_db);

    VerisExportSummary summary;
    QByteArray chunk;
    QString error;
    auto flush = [&]() -> bool {
        if (chunk.isEmpty())
            return true;
        const qint64 n = device.write(chunk);
        if (n != chunk.size()) {
            error = tr("cannot write %1: %2").arg(deviceName(device), device.errorString());
            return false;
        }
        summary.bytes += n;
        chunk.clear();
        return true;
    };
    qint64 done = 0;
    const Status s = IncidentQuery::forEach(m_db, m_query, m_list, [&](const IncidentRecord &row) {
        if (cancelled()) {
            summary.cancelled = true;
            return false;
        }
        auto full = store.byKey(row.key, /*withBody*/ true);
        if (!full.ok()) {
            error = full.error();
            return false;
        }
        const IncidentRecord &r = full.value() ? *full.value() : row;
        for (int i = 0; i < category.binds.size(); ++i)
            categoryQuery.bindValue(i, category.binds[i]);
        categoryQuery.bindValue(int(category.binds.size()), r.id);
        if (!categoryQuery.exec() || !categoryQuery.next()) {
            error = categoryQuery.lastError().text();
            return false;
        }
        const QString key = categoryQuery.value(0).toString();
        categoryQuery.finish();
        chunk += QJsonDocument(incidentJson(r, NoticeFacts::fromNotice(r), key, *schemes))
                     .toJson(QJsonDocument::Compact);
        chunk += '\n';
        ++done;
        if (chunk.size() >= ChunkBytes && !flush())
            return false;
        if (done % ProgressEvery == 0 && m_progress)
            m_progress(done, total);
        return true;
    });
    if (!s.ok())
        return R::failure(s.error());
    if (!error.isEmpty())
        return R::failure(error);
    if (summary.cancelled)
        return summary;
    if (!flush())
        return R::failure(error);
    summary.rows = done;
    if (m_progress)
        m_progress(done, total);
    return summary;
}

Result<VerisExportSummary> VerisExporter::save(const QString &path)
{
    return writeOutputFile<VerisExportSummary>(path, m_db.path(), [this](QIODevice &device) { return write(device); });
}

} // namespace jikenbo
