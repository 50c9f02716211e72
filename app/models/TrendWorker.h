// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TrendData.h"
#include "search/QuerySql.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace jikenbo {

class Database;
class TrendCache;

// Computes trend aggregations (TrendQuery) on a thread of its own with its own connection, so
// neither the window nor the table's queries wait for it. As with QueryWorker, a request older
// than the newest generation is dropped, and a running statement is interrupted when a newer
// request arrives.
class TrendWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TrendWorker(QString databasePath, QObject *parent = nullptr);
    ~TrendWorker() override;

    // Called from the model's thread.
    void setLatestGeneration(quint64 generation);

public Q_SLOTS:
    void open();
    void compute(quint64 generation, const jikenbo::SqlWhere &where,
                 const jikenbo::TrendOptions &options);

Q_SIGNALS:
    void ready(quint64 generation, const jikenbo::TrendData &data);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return generation < m_latest.load(); }

    QString m_path;
    std::unique_ptr<Database> m_db;
    // A second connection that reads part of a long scan on a thread of its own (TrendQuery).
    std::unique_ptr<Database> m_helper;
    // What one aggregation leaves for the next while nothing is written (a scheme's rule sets).
    std::unique_ptr<TrendCache> m_cache;
    QString m_openError;
    std::atomic<quint64> m_latest{0};
    std::atomic<void *> m_handle{nullptr};       // sqlite3*, for interrupting
    std::atomic<void *> m_helperHandle{nullptr}; // the helper's
    std::atomic<bool> m_reading{false};
};

} // namespace jikenbo
