// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerisExportJob.h"

#include "report/CsvExporter.h"

#include <QElapsedTimer>

namespace jikenbo {

VerisExportJob::VerisExportJob(Options options)
    : m_options(std::move(options))
{
}

Database::Options VerisExportJob::databaseOptions() const
{
    Database::Options o;
    o.create = false;
    return o;
}

void VerisExportJob::failToOpen(const QString &, const QString &message)
{
    m_outcome = Outcome::Failed;
    m_error = message;
}

void VerisExportJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    if (const Status s = CsvExporter::sortOnDisk(db); !s.ok()) {
        m_outcome = Outcome::Failed;
        m_error = s.error();
        return;
    }
    VerisExporter exporter(db, m_options.query, m_options.list);
    exporter.setCancelFlag(&cancel);
    QElapsedTimer sinceLast;
    sinceLast.start();
    exporter.setProgress([&progress, &sinceLast](qint64 done, qint64 total) {
        if (done == total || sinceLast.elapsed() >= 100) {
            sinceLast.restart();
            progress({done, std::max<qint64>(1, total), QString(), false});
        }
    });
    progress({0, 0, tr("Writing %1…").arg(m_options.outputPath), false});
    auto r = exporter.save(m_options.outputPath);
    if (!r.ok()) {
        m_outcome = Outcome::Failed;
        m_error = r.error();
        return;
    }
    m_summary = r.value();
    m_outcome = m_summary.cancelled ? Outcome::Cancelled : Outcome::Written;
}

} // namespace jikenbo
