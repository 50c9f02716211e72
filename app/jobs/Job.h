// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace jikenbo {

// How far a job has come, for a status bar or a terminal.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;    // 0: not known (a bar keeps what it shows)
    QString text;        // the job's line; empty: the line stays as it is
    bool notice = false; // the text tells of a passing problem (a retry), worth a line of its own
};

// A long piece of work on the database (import, sync, classify again, CSV export, re-index):
// made with its options, run once on one thread with a connection opened there, then read for
// its result. JobRunner runs any job, on a thread of its own for the window or on the calling
// thread for the CLI.
class Job
{
public:
    using ProgressFn = std::function<void(const JobProgress &)>;

    virtual ~Job() = default;

    // How the runner opens the job's connection.
    virtual Database::Options databaseOptions() const { return {}; }
    // `cancel` may be set from any thread; the job stops at its next check.
    virtual void run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel) = 0;
    // The database could not be opened: the result says so, naming `databasePath`.
    virtual void failToOpen(const QString &databasePath, const QString &message) = 0;
};

} // namespace jikenbo

Q_DECLARE_METATYPE(jikenbo::JobProgress)
