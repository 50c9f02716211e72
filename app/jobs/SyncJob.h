// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"
#include "sync/FeedSync.h"

namespace jikenbo {

// A sync from the blog's feed (FeedSync) as a job: the page being read and the feed's estimate
// of pages; retry notices as notices. Cancelling keeps the pages committed (the next sync goes
// on from there).
class SyncJob final : public Job
{
public:
    // `classifier` must outlive the job.
    SyncJob(const Classifier &classifier, const SyncOptions &options);

    void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) override;
    void failToOpen(const QString &databasePath, const QString &message) override;

    const SyncSummary &result() const { return m_result; }

private:
    const Classifier &m_classifier;
    SyncOptions m_options;
    SyncSummary m_result;
};

} // namespace jikenbo
