// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Importer.h"
#include "Job.h"

#include <QCoreApplication>
#include <QStringList>

namespace jikenbo {

// Imports files and folders (Importer) as a job: "Importing 2 of 5: page.txt" as it goes.
class ImportJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    struct Options
    {
        QStringList paths;
        int lockTimeoutMs = Importer::ImportLockTimeoutMs;
        bool reportProgress = true; // false: quiet (the first start's sample notices)
    };

    // `classifier` must outlive the job.
    ImportJob(const Classifier &classifier, Options options);

    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const ImportSummary &result() const { return m_result; }

private:
    const Classifier &m_classifier;
    Options m_options;
    ImportSummary m_result;
};

} // namespace jikenbo
