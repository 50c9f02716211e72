// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"
#include "report/VerisExporter.h"

#include <QCoreApplication>
#include <QString>

namespace jikenbo {

// The VERIS JSON Lines export (VerisExporter) as a job, on a connection of its own; cancelling
// leaves no file.
class VerisExportJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(VerisExportJob)

public:
    enum class Outcome { Running, Written, Cancelled, Failed };

    struct Options
    {
        Query query;
        ListOptions list;
        QString outputPath;
    };

    explicit VerisExportJob(Options options);

    Database::Options databaseOptions() const override;
    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const Options &options() const { return m_options; }
    Outcome outcome() const { return m_outcome; }
    const QString &errorMessage() const { return m_error; }
    const VerisExportSummary &summary() const { return m_summary; }

private:
    Options m_options;
    Outcome m_outcome = Outcome::Running;
    QString m_error;
    VerisExportSummary m_summary;
};

} // namespace jikenbo
