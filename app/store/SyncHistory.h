// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncLog.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>

namespace jikenbo {

class Database;

// What the window tells of the sync log: the latest run, and the latest one that brought the
// feed in (status ok, or partial: a page limit, with every page read committed).
class SyncHistory
{
    Q_DECLARE_TR_FUNCTIONS(SyncHistory)

public:
    std::optional<SyncRun> lastRun;
    std::optional<SyncRun> lastSuccess;

    bool everSucceeded() const { return lastSuccess.has_value(); }
    // The latest run failed or was interrupted (a later success would be lastRun).
    bool lastRunFailed() const;
    // The message of a run's error without the URL it names ("URL: message").
    static QString errorMessage(const SyncRun &run);

    static Result<SyncHistory> read(Database &db);
};

} // namespace jikenbo
