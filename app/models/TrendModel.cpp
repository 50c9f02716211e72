// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendModel.h"

#include "TrendWorker.h"
#include "core/Format.h"
#include "store/TrendQuery.h"

#include <QLocale>
#include <QMetaObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

TrendModel::TrendModel(TrendWorker *worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
{
    connect(worker, &TrendWorker::ready, this, &TrendModel::onReady);
    connect(worker, &TrendWorker::failed, this, &TrendModel::onFailed);
}

TrendModel::~TrendModel() = default;

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.periods.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_data.keys.size()) + (m_metric == Metric::People ? 2 : 1);
}

QString TrendModel::categoryName(const QString &key) const
{
    return TrendQuery::categoryName(m_options, key);
}

qint64 TrendModel::value(qsizetype period, qsizetype key) const
{
    const TrendCell &c = m_data.cell(period, key);
    switch (m_metric) {
    case Metric::Incidents:
        break;
    case Metric::People:
        return c.affected;
    case Metric::DisclosureDays:
        return qRound64(c.days.median);
    }
    return c.count;
}

QString TrendModel::spreadText(const DaysSpread &s)
{
    if (s.n == 0)
        return u"—"_s;
    auto days = [](double d) { return QLocale().toString(d, 'f', d == std::floor(d) ? 0 : 1); };
    return tr("%1 (%2–%3) · %4", "days to disclosure: median (quartiles) · incidents")
        .arg(days(s.median), days(s.q1), days(s.q3), format::number(s.n));
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_data.periods.size() ? QVariant(m_data.periods[section])
                                                               : QVariant();
    if (section >= 0 && section < m_data.keys.size())
        return categoryName(m_data.keys[section]);
    if (section == totalColumn()) {
        if (m_metric == Metric::DisclosureDays)
            return tr("All");
        return m_metric == Metric::People ? tr("People") : tr("Total");
    }
    if (section == totalColumn() + 1)
        return tr("Size unknown");
    return {};
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.periods.size() || index.column() >= columnCount())
        return {};
    const int p = index.row();
    const int col = index.column();
    const TrendCell &total = m_data.periodTotals.at(p);
    if (m_metric == Metric::DisclosureDays) {
        const DaysSpread &s = col < totalColumn() ? m_data.cell(p, col).days : total.days;
        switch (role) {
        case Qt::DisplayRole:
            return spreadText(s);
        case RawValueRole:
            return s.n > 0 ? QVariant(s.median) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        case CategoryKeyRole:
            return col < totalColumn() ? m_data.keys[col] : QString();
        case PeriodRole:
            return m_data.periods[p];
        }
        return {};
    }
    qint64 v = 0;
    if (col < totalColumn())
        v = value(p, col);
    else if (col == totalColumn())
        v = m_metric == Metric::People ? total.affected : total.count;
    else
        v = total.unknownSize;
    switch (role) {
    case Qt::DisplayRole:
        return format::number(v);
    case RawValueRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case CategoryKeyRole:
        return col < totalColumn() ? m_data.keys[col] : QString();
    case PeriodRole:
        return m_data.periods[p];
    }
    return {};
}

void TrendModel::setQuery(const Query &query)
{
    m_query = query;
    m_dirty = true;
    if (m_active)
        start();
}

void TrendModel::setOptions(const TrendOptions &wanted)
{
    TrendOptions options = wanted;
    options.disclosure = m_metric == Metric::DisclosureDays;
    if (options == m_options)
        return;
    m_options = options;
    m_dirty = true;
    if (m_active)
        start();
}

void TrendModel::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    beginResetModel();
    m_metric = metric;
    endResetModel();
    // The days to disclosure are counted only when shown.
    const bool disclosure = metric == Metric::DisclosureDays;
    if (disclosure != m_options.disclosure) {
        m_options.disclosure = disclosure;
        reload();
    }
}

void TrendModel::setSynonymExpansion(bool on)
{
    if (on == m_sqlOptions.expandSynonyms)
        return;
    m_sqlOptions.expandSynonyms = on;
    m_dirty = true;
    if (m_active)
        start();
}

void TrendModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_dirty)
        start();
}

void TrendModel::reload()
{
    m_dirty = true;
    if (m_active)
        start();
}

void TrendModel::start()
{
    static quint64 counter = 0;
    const quint64 gen = ++counter;
    const bool wasLoading = isLoading();
    m_pending = gen;
    m_dirty = false;
    m_worker->setLatestGeneration(gen);
    const SqlWhere where = QuerySql::where(m_query, m_sqlOptions);
    const TrendOptions options = m_options;
    TrendWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, gen, where, options] { w->compute(gen, where, options); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void TrendModel::onReady(quint64 generation, const TrendData &data)
{
    if (generation != m_pending)
        return;
    beginResetModel();
    m_data = data;
    m_generation = generation;
    m_pending = 0;
    endResetModel();
    Q_EMIT loadingChanged(false);
    Q_EMIT resultReady();
}

void TrendModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_pending)
        return;
    m_pending = 0;
    Q_EMIT loadingChanged(false);
    Q_EMIT queryFailed(message);
}

} // namespace jikenbo
