// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvExportOptions.h"
#include "UnmappableReport.h"
#include "core/Result.h"
#include "search/Query.h"
#include "store/IncidentQuery.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace jikenbo {

class Database;

struct CsvExportSummary
{
    qint64 rows = 0;  // data rows written (the header not counted)
    qint64 bytes = 0; // bytes written, BOM and header included
    bool cancelled = false;
    UnmappableReport replaced; // CP932 with replacement: what was replaced
};

// Writes the incidents a query matches as CSV (RFC 4180), streaming rows from the database:
// memory does not grow with the row count. Dialogs and the CLI only fill in the options.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    using ProgressFn = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    CsvExporter(Database &db, const Query &query, const CsvExportOptions &options,
                const ListOptions &list = {});

    // Called every few hundred rows and at the end.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // Checked for every row; a cancelled save leaves no file.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The options' columns, resolved; a clear message naming an unknown key.
    Status validate() const;
    // CP932: the characters it cannot hold in the cells this export would write, counted and
    // the first few listed (with the equivalent that would replace them). Writes nothing.
    Result<UnmappableReport> scanUnmappable();
    // Writes to an open device. CP932 without replacement fails at the first character it
    // cannot hold (with the full listing); the device then holds a partial file: use save().
    Result<CsvExportSummary> write(QIODevice &device);
    // Writes `path` as OutputFile does: a regular file through a temporary file renamed into
    // place (never a half-written file, nothing at all when cancelled or failed), a device, a
    // FIFO or "-" (standard output) in place; never over the database being read. Errors are
    // one line naming the file.
    Result<CsvExportSummary> save(const QString &path);

    // Rows come sorted by SQLite; the database keeps temporary data in memory, so sorting
    // every row of a large export would hold them all. On a connection of its own (a worker,
    // the CLI) call this first: sorts spill to a temporary file and memory stays flat.
    static Status sortOnDisk(Database &db);

    // RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled.
    static void appendField(QString &line, QStringView field);
    // A cell a spreadsheet would run as a formula: it starts with = + - @ (ASCII or full
    // width), a tab or CR.
    static bool startsLikeFormula(QStringView cell);

private:
    Result<qint64> total();
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    Database &m_db;
    Query m_query;
    CsvExportOptions m_options;
    ListOptions m_list;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace jikenbo
