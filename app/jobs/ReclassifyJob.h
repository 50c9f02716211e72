// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"
#include "Reclassifier.h"

namespace jikenbo {

// Classifies every stored incident again (Reclassifier) as a job; cancelling rolls it back.
class ReclassifyJob final : public Job
{
public:
    // `classifier` must outlive the job.
    explicit ReclassifyJob(const Classifier &classifier);

    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const Result<ReclassifySummary> &result() const { return m_result; }

private:
    const Classifier &m_classifier;
    Result<ReclassifySummary> m_result = Result<ReclassifySummary>::failure(QString());
};

} // namespace jikenbo
