// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncJob.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

SyncJob::SyncJob(const Classifier &classifier, const SyncOptions &options)
    : m_classifier(classifier)
    , m_options(options)
{
}

void SyncJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    FeedSync sync(db, m_classifier, m_options);
    m_result = sync.run(
        [&progress](const SyncProgress &p) {
            progress({p.page, p.pagesEstimate, p.message, p.retrying});
        },
        &cancel);
}

void SyncJob::failToOpen(const QString &databasePath, const QString &message)
{
    m_result.feedUrl = m_options.feedUrl.toString();
    m_result.status = u"failed"_s;
    m_result.import.errors.append({databasePath, message});
}

} // namespace jikenbo
