// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TrendData.h"
#include "search/Query.h"
#include "search/QuerySql.h"

#include <QAbstractTableModel>

namespace jikenbo {

class TrendWorker;

// The Trends view's data: the current query's matches per period and category, computed by a
// TrendWorker off the GUI thread. Results of outdated requests are dropped. While inactive
// (the view hidden) query changes are only noted, and the computation runs when it is shown.
// As a table: a row per period, a column per category, then the period's total and, for the
// people metric, the incidents of unknown size. For the days to disclosure a cell reads
// "median (first–third quartile) · n", and the last column is every category together.
class TrendModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Metric { Incidents, People, DisclosureDays };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the number (qint64)
        CategoryKeyRole,                 // the column's category key (empty for totals)
        PeriodRole,                      // the row's period label
    };

    TrendModel(TrendWorker *worker, QObject *parent = nullptr);
    ~TrendModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setQuery(const Query &query);
    void setOptions(const TrendOptions &options);
    void setMetric(Metric metric);
    void setSynonymExpansion(bool on);
    void setActive(bool active);
    void reload();

    const Query &query() const { return m_query; }
    const TrendOptions &options() const { return m_options; }
    Metric metric() const { return m_metric; }
    const TrendData &trend() const { return m_data; }
    bool isLoading() const { return m_pending != 0; }
    bool isActive() const { return m_active; }
    // True once a result for the current query and options is in place.
    bool isCurrent() const { return !m_dirty && m_pending == 0 && m_generation != 0; }

    QString categoryName(const QString &key) const;
    // Incidents or people of one bucket, as the metric counts them (the median for days).
    qint64 value(qsizetype period, qsizetype key) const;
    // "14 (7–30) · 12": median, quartiles, incidents; "—" when none has both dates.
    static QString spreadText(const DaysSpread &s);

Q_SIGNALS:
    void resultReady();
    void loadingChanged(bool loading);
    void queryFailed(const QString &message);

private:
    void start();
    void onReady(quint64 generation, const TrendData &data);
    void onFailed(quint64 generation, const QString &message);
    int totalColumn() const { return int(m_data.keys.size()); }

    TrendWorker *m_worker;
    Query m_query;
    TrendOptions m_options;
    QuerySqlOptions m_sqlOptions;
    Metric m_metric = Metric::Incidents;
    TrendData m_data;
    bool m_active = false;
    bool m_dirty = true;
    quint64 m_generation = 0; // of the result shown
    quint64 m_pending = 0;    // of the request running, 0 when none
};

} // namespace jikenbo
