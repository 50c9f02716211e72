// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace jikenbo {

// Runs one job at a time off the calling thread, with its own connection to the database (a
// Database belongs to one thread; the caller's connection sees what the job commits, WAL).
// Progress and the end come back as queued signals; cancel() asks the job to stop. The window's
// task status bar (JobStatusView) shows any job it runs; the CLI runs jobs with run().
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override; // cancels a running job and waits for its thread

    // Runs `job` on a thread of its own; `done` is called on this object's thread after
    // finished(). False while another job runs (nothing starts then).
    bool start(const QString &title, std::shared_ptr<Job> job, const QString &databasePath,
               std::function<void()> done = {});
    // Runs `job` on the calling thread with a connection opened there (the CLI).
    static void run(Job &job, Database &db, const Job::ProgressFn &progress = {},
                    const std::atomic_bool *cancel = nullptr);

    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // Blocks until the running job's thread has ended (its `done` still comes as an event).
    void wait();

Q_SIGNALS:
    void started(const QString &title);
    void progress(const jikenbo::JobProgress &progress);
    void cancelRequested();
    void finished();

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    std::function<void()> m_done;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace jikenbo
