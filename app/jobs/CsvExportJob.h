// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"
#include "report/CsvExporter.h"

#include <QCoreApplication>
#include <QString>

namespace jikenbo {

// A CSV export (CsvExporter) as a job, on a connection of its own; cancelling leaves no file.
// For CP932 without replacement it first checks the characters, and ends with NeedsReplacement
// (and the listing) instead of writing when some cannot be held; run it again with
// replaceUnmappable set when the user agrees.
class CsvExportJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportJob)

public:
    enum class Outcome { Running, Written, Cancelled, Failed, NeedsReplacement };

    struct Options
    {
        Query query;
        CsvExportOptions csv;
        ListOptions list;
        QString outputPath;
    };

    explicit CsvExportJob(Options options);

    Database::Options databaseOptions() const override;
    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const Options &options() const { return m_options; }
    // After run():
    Outcome outcome() const { return m_outcome; }
    const QString &errorMessage() const { return m_error; }
    const CsvExportSummary &summary() const { return m_summary; }
    const UnmappableReport &unmappable() const { return m_unmappable; }

private:
    void fail(const QString &message);

    Options m_options;
    Outcome m_outcome = Outcome::Running;
    QString m_error;
    CsvExportSummary m_summary;
    UnmappableReport m_unmappable;
};

} // namespace jikenbo
