// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"

#include <QCoreApplication>

namespace jikenbo {

// Re-indexes the full text (SearchIndex::rebuild) as a job: for a database indexed by another
// tokenizer version. Cancelling keeps the old index (and the need to rebuild).
class IndexRebuildJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(IndexRebuildJob)

public:
    Database::Options databaseOptions() const override;
    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const Status &result() const { return m_result; }
    bool cancelled() const { return m_cancelled; }

private:
    Status m_result;
    bool m_cancelled = false;
};

} // namespace jikenbo
