// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "search/Query.h"
#include "store/IncidentQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace jikenbo {

class Database;
class SchemeMap;
struct IncidentRecord;
struct NoticeFacts;

struct VerisExportSummary
{
    qint64 rows = 0;
    qint64 bytes = 0;
    bool cancelled = false;
};

// Writes the incidents a query matches as JSON Lines, one VERIS-shaped object per incident, so
// that they can go into VCDB-style tooling: the action (category and variety, from the VERIS
// scheme of schemes.json), the victim (industry from the sector), the confidentiality attribute
// (data_total: the people affected; data varieties from the kinds of data), the timeline
// (discovery), the reference URL; what VERIS has no field for is under "plus". Rows stream from
// the database; memory does not grow with their number.
class VerisExporter
{
    Q_DECLARE_TR_FUNCTIONS(VerisExporter)

public:
    using ProgressFn = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    VerisExporter(Database &db, const Query &query, const ListOptions &list = {});

    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result<VerisExportSummary> write(QIODevice &device);
    // As CsvExporter::save: through a temporary file, "-" for standard output, never over the
    // database; nothing is left when cancelled or failed.
    Result<VerisExportSummary> save(const QString &path);

    // One incident's object. `category` is its key in the VERIS scheme; the record's body
    // must be loaded for `facts`.
    static QJsonObject incidentJson(const IncidentRecord &r, const NoticeFacts &facts,
                                    const QString &category, const SchemeMap &schemes);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    Database &m_db;
    Query m_query;
    ListOptions m_list;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace jikenbo
