// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendWorker.h"

#include "store/Database.h"
#include "store/TrendQuery.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace jikenbo {

TrendWorker::TrendWorker(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
}

TrendWorker::~TrendWorker() = default;

void TrendWorker::setLatestGeneration(quint64 generation)
{
    m_latest.store(generation);
    if (m_reading.load()) {
        for (void *h : {m_handle.load(), m_helperHandle.load()}) {
            if (h)
                sqlite3_interrupt(static_cast<sqlite3 *>(h));
        }
    }
}

void TrendWorker::open()
{
    if (m_db)
        return;
    Database::Options o;
    o.create = false;
    auto db = Database::open(m_path, o);
    if (!db.ok()) {
        m_openError = db.error();
        return;
    }
    m_db = std::move(db).value();
    m_handle.store(m_db->handle());
    m_cache = std::make_unique<TrendCache>();
    // Without the helper the aggregation still runs, on this connection alone.
    if (auto helper = TrendQuery::openHelper(m_path); helper.ok()) {
        m_helper = std::move(helper).value();
        m_helperHandle.store(m_helper->handle());
    }
}

void TrendWorker::compute(quint64 generation, const SqlWhere &where, const TrendOptions &options)
{
    if (stale(generation))
        return;
    if (!m_db)
        open();
    if (!m_db) {
        Q_EMIT failed(generation, m_openError);
        return;
    }
    auto run = [&] {
        m_reading.store(true);
        // A request arriving from here on interrupts the statement.
        auto r = stale(generation)
                     ? Result<TrendData>::failure(QString())
                     : TrendQuery::compute(*m_db, where, options, m_helper.get(), m_cache.get());
        m_reading.store(false);
        return r;
    };
    auto result = run();
    // An interrupt meant for the previous request may land on this one: try once more.
    if (!result.ok() && !stale(generation))
        result = run();
    if (stale(generation))
        return;
    if (!result.ok())
        Q_EMIT failed(generation, result.error());
    else
        Q_EMIT ready(generation, result.value());
}

} // namespace jikenbo
