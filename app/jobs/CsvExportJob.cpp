// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExportJob.h"

#include <QElapsedTimer>

namespace jikenbo {

CsvExportJob::CsvExportJob(Options options)
    : m_options(std::move(options))
{
}

Database::Options CsvExportJob::databaseOptions() const
{
    Database::Options o;
    o.create = false;
    return o;
}

void CsvExportJob::fail(const QString &message)
{
    m_outcome = Outcome::Failed;
    m_error = message;
}

void CsvExportJob::failToOpen(const QString &, const QString &message)
{
    fail(message);
}

void CsvExportJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    if (const Status s = CsvExporter::sortOnDisk(db); !s.ok())
        return fail(s.error());
    CsvExporter exporter(db, m_options.query, m_options.csv, m_options.list);
    exporter.setCancelFlag(&cancel);
    QElapsedTimer sinceLast;
    sinceLast.start();
    exporter.setProgress([&progress, &sinceLast](qint64 done, qint64 total) {
        if (done == total || sinceLast.elapsed() >= 100) {
            sinceLast.restart();
            progress({done, std::max<qint64>(1, total), QString(), false});
        }
    });
    if (m_options.csv.encoding == CsvEncoding::Cp932 && !m_options.csv.replaceUnmappable) {
        progress({0, 0, tr("Checking for characters CP932 cannot hold…"), false});
        auto scan = exporter.scanUnmappable();
        if (!scan.ok())
            return fail(scan.error());
        if (cancel) {
            m_outcome = Outcome::Cancelled;
            return;
        }
        if (!scan->isEmpty()) {
            m_unmappable = scan.value();
            m_error = m_unmappable.describe();
            m_outcome = Outcome::NeedsReplacement;
            return;
        }
    }
    progress({0, 0, tr("Writing %1…").arg(m_options.outputPath), false});
    auto r = exporter.save(m_options.outputPath);
    if (!r.ok())
        return fail(r.error());
    m_summary = r.value();
    m_outcome = m_summary.cancelled ? Outcome::Cancelled : Outcome::Written;
}

} // namespace jikenbo
