// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncRequest.h"
#include "store/SyncHistory.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QThread;

namespace jikenbo {

class SampleCorpusBar;

// Leads a new user from the fictional sample corpus to the blog's notices, and tells how the
// cache stands:
// - the sample bar (SampleCorpusBar) while sample notices are in the database: Download the
//   blog's notices until a sync has brought them, then Remove Sample Notices;
// - the "Remove Sample Notices" action (for a menu);
// - the status bar's line on the last sync (when, how many notices came in) or why it failed,
//   one line and no dialog;
// - "Sync when Jikenbo starts" (Settings), started as soon as the window is idle.
//
// What it shows follows from the database: the number of sample notices (SampleNotices) and the
// sync log (SyncHistory), read on a thread of its own after each of the window's tasks. The
// window starts syncs through the starter it is given.
class SampleCorpusController final : public QObject
{
    Q_OBJECT

public:
    // Starts a sync; false when the window is busy (the controller asks again later).
    using SyncStarter = std::function<bool(const SyncRequest &)>;

    SampleCorpusController(const QString &databasePath, SampleCorpusBar *bar, QLabel *statusLabel,
                           QObject *parent = nullptr);
    ~SampleCorpusController() override;

    void setSyncStarter(SyncStarter starter) { m_startSync = std::move(starter); }
    QAction *removeAction() const { return m_removeAction; }

    // Reads the sample count and the sync log again (off the GUI thread); refreshed() follows.
    // The window calls it first once the tasks it starts with are queued: the start-up sync
    // waits for them.
    void refresh();
    void setBusy(bool busy); // a window task runs: no removal or download meanwhile
    void syncStarted(const SyncRequest &request);
    void removeSamples();

    qint64 sampleCount() const { return m_samples; }
    const SyncHistory &history() const { return m_history; }
    // The feed the window syncs from: Settings' URL, or DefaultFeedUrl.
    static QString feedUrl();

Q_SIGNALS:
    void refreshed();
    void samplesRemoved(qint64 removed, qint64 annotationsKept);
    void removalFailed(const QString &message);

private:
    void onRead(quint64 generation, qint64 samples, const SyncHistory &history,
                const QString &error);
    void update();
    QString statusText() const;
    QString lastSyncText() const;
    QString failureText(const SyncRun &run) const;
    void startThread(QThread *thread);

    QString m_databasePath;
    SampleCorpusBar *m_bar;
    QLabel *m_statusLabel;
    QAction *m_removeAction;
    SyncStarter m_startSync;
    QList<QPointer<QThread>> m_threads;
    quint64 m_generation = 0;
    qint64 m_samples = 0;
    SyncHistory m_history;
    bool m_known = false;   // a first read came back
    bool m_busy = false;    // a window task runs
    bool m_syncing = false; // that task is a sync
    bool m_removing = false;
    bool m_startupSyncPending = false;
};

} // namespace jikenbo
