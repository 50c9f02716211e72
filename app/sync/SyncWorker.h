// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FeedSync.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace jikenbo {

class RuleSet;

// Runs a FeedSync on the thread it lives in, for a window that must stay responsive:
//
//   auto *thread = new QThread(window);
//   auto *worker = new SyncWorker(databasePath, options);
//   worker->moveToThread(thread);
//   connect(thread, &QThread::started, worker, &SyncWorker::run);
//   connect(worker, &SyncWorker::progress, window, &Window::showSyncProgress);
//   connect(worker, &SyncWorker::finished, window, &Window::syncFinished);
//   connect(worker, &SyncWorker::finished, thread, &QThread::quit);
//   connect(thread, &QThread::finished, worker, &QObject::deleteLater);
//   connect(thread, &QThread::finished, thread, &QObject::deleteLater);
//   thread->start();
//   ... Cancel button: worker->cancel();  (a direct call, from any thread)
//
// The worker opens its own connection to the database (a Database belongs to one thread), so
// the window's connection sees the committed pages as they land (WAL).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // `rules` (optional) must outlive the worker; the built-in rules otherwise.
    SyncWorker(const QString &databasePath, const SyncOptions &options,
               const RuleSet *rules = nullptr, QObject *parent = nullptr);

    // Thread-safe: the sync stops at the next check, keeping the pages it committed.
    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const jikenbo::SyncProgress &progress);
    void finished(const jikenbo::SyncSummary &summary);

private:
    QString m_databasePath;
    SyncOptions m_options;
    const RuleSet *m_rules;
    std::atomic_bool m_cancel{false};
};

} // namespace jikenbo
