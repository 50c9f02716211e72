// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"

#include <QCoreApplication>

namespace jikenbo {

// Reads the facts of schema 7 (dates, days to disclosure, data kinds, contractor) from the
// stored notices of incidents that have none yet: a database migrated from schema 6. Works in
// batches, each its own transaction, reading the notices outside the write lock; cancelling
// keeps what is done, and the rest is read at the next start. Nothing else is touched.
class FactsBackfillJob final : public Job
{
    Q_DECLARE_TR_FUNCTIONS(FactsBackfillJob)

public:
    Database::Options databaseOptions() const override;
    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const Status &result() const { return m_result; }
    bool cancelled() const { return m_cancelled; }
    qint64 filled() const { return m_filled; }

private:
    Status m_result;
    bool m_cancelled = false;
    qint64 m_filled = 0;
};

} // namespace jikenbo
