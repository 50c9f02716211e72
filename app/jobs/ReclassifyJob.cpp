// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReclassifyJob.h"

namespace jikenbo {

ReclassifyJob::ReclassifyJob(const Classifier &classifier)
    : m_classifier(classifier)
{
}

void ReclassifyJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    Reclassifier reclassifier(db, m_classifier);
    m_result = reclassifier.run(
        [&progress](int done, int total) {
            progress({done, std::max(1, total), QString(), false});
        },
        &cancel);
}

void ReclassifyJob::failToOpen(const QString &, const QString &message)
{
    m_result = Result<ReclassifySummary>::failure(message);
}

} // namespace jikenbo
