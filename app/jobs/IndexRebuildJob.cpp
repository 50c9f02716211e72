// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexRebuildJob.h"

#include "core/Format.h"
#include "store/SearchIndex.h"

namespace jikenbo {

Database::Options IndexRebuildJob::databaseOptions() const
{
    Database::Options o;
    o.create = false;
    o.updateSearchIndex = false;
    return o;
}

void IndexRebuildJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    m_result = SearchIndex::rebuild(
        db,
        [&progress](qint64 done, qint64 total) {
            progress({done, std::max<qint64>(1, total),
                      tr("Rebuilding the search index: %1 of %2 incidents")
                          .arg(format::number(done), format::number(total)),
                      false});
        },
        &cancel);
    m_cancelled = cancel.load();
}

void IndexRebuildJob::failToOpen(const QString &, const QString &message)
{
    m_result = Status::failure(message);
}

} // namespace jikenbo
