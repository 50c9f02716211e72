// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleCorpusController.h"

#include "SampleCorpusBar.h"
#include "Settings.h"
#include "core/Format.h"
#include "store/Database.h"
#include "store/SampleNotices.h"
#include "sync/FeedSync.h"

#include <QAction>
#include <QLabel>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

Database::Options existingDatabase()
{
    Database::Options o;
    o.create = false;
    o.updateSearchIndex = false; // the window re-indexes as a task of its own
    return o;
}

// In the UI's date form (2025-05-09, or 2025/05/09 in Japanese) and local time.
QString when(const SyncRun &run)
{
    const QDateTime t = (run.finishedAt.isValid() ? run.finishedAt : run.startedAt).toLocalTime();
    return format::date(t.date()) + u' ' + t.time().toString(u"HH:mm"_s);
}

} // namespace

SampleCorpusController::SampleCorpusController(const QString &databasePath, SampleCorpusBar *bar,
                                               QLabel *statusLabel, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_bar(bar)
    , m_statusLabel(statusLabel)
    , m_startupSyncPending(settings::syncOnStart.get())
{
    m_removeAction = new QAction(tr("Remove &Sample Notices"), this);
    m_removeAction->setObjectName(u"removeSamplesAction"_s);
    m_removeAction->setToolTip(
        tr("Delete the fictional sample notices; imported notices and your notes stay"));
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QAction::triggered, this, &SampleCorpusController::removeSamples);
    connect(m_bar, &SampleCorpusBar::removeClicked, this, &SampleCorpusController::removeSamples);
    connect(m_bar, &SampleCorpusBar::downloadClicked, this, [this] {
        // Nothing has been synced completely yet, so an ordinary sync reads the whole feed; unlike
        // a forced full pass it continues a download that was cancelled.
        if (m_startSync)
            m_startSync(SyncRequest{SyncRequest::Origin::Bar, false});
    });
    m_statusLabel->setObjectName(u"syncStatusLabel"_s);
}

SampleCorpusController::~SampleCorpusController()
{
    // The threads only read or write the database and post back here: let them finish.
    for (const QPointer<QThread> &t : std::as_const(m_threads)) {
        if (t)
            t->wait();
    }
}

QString SampleCorpusController::feedUrl()
{
    const QString url = settings::feedUrl.get();
    return url.isEmpty() ? FeedSync::defaultFeedUrl().toString() : url;
}

void SampleCorpusController::startThread(QThread *thread)
{
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start();
}

void SampleCorpusController::refresh()
{
    const quint64 generation = ++m_generation;
    const QString path = m_databasePath;
    startThread(QThread::create([this, path, generation] {
        qint64 samples = 0;
        SyncHistory history;
        QString error;
        auto db = Database::open(path, existingDatabase());
        if (!db.ok()) {
            error = db.error();
        } else {
            const auto count = SampleNotices(*db.value()).count();
            const auto read = SyncHistory::read(*db.value());
            if (!count.ok())
                error = count.error();
            else if (!read.ok())
                error = read.error();
            else {
                samples = count.value();
                history = read.value();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, samples, history, error] {
                onRead(generation, samples, history, error);
            },
            Qt::QueuedConnection);
    }));
}

void SampleCorpusController::onRead(quint64 generation, qint64 samples, const SyncHistory &history,
                                    const QString &error)
{
    if (generation != m_generation)
        return; // a newer read is on its way
    if (!error.isEmpty()) {
        m_statusLabel->setText(error);
        m_statusLabel->setToolTip(error);
        Q_EMIT refreshed();
        return;
    }
    m_samples = samples;
    m_history = history;
    m_known = true;
    update();
    Q_EMIT refreshed();
    if (m_startupSyncPending && !m_busy && m_startSync &&
        m_startSync(SyncRequest{SyncRequest::Origin::Startup, false}))
        m_startupSyncPending = false;
}

void SampleCorpusController::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy) {
        m_syncing = false;
        refresh(); // whatever the task did: an import, a sync, the first-start sample
    }
    update();
}

void SampleCorpusController::syncStarted(const SyncRequest &)
{
    m_syncing = true;
    update();
}

void SampleCorpusController::update()
{
    using Mode = SampleCorpusBar::Mode;
    const QString host = QUrl(feedUrl()).host();
    const QString samples = format::number(m_samples);
    Mode mode = Mode::Hidden;
    QString text;
    if (!m_known || m_samples == 0) {
        mode = Mode::Hidden;
    } else if (m_history.everSucceeded()) {
        const SyncRun &run = *m_history.lastSuccess;
        mode = Mode::Synced;
        text = tr("The blog's notices are here: %1 new and %2 updated came in with the last sync. "
                  "The %3 fictional sample notices are still in the list.")
                   .arg(format::number(run.added), format::number(run.updated), samples);
    } else if (m_syncing) {
        mode = Mode::Downloading;
        text = tr("Downloading the notices of %1… Progress and Cancel are in the status bar; "
                  "you can keep working meanwhile.")
                   .arg(host);
    } else if (m_history.lastRunFailed()) {
        mode = Mode::Failed;
        text = tr("Could not download the notices of %1: %2. The %3 sample notices stay usable; "
                  "try again when you are online.")
                   .arg(host, failureText(*m_history.lastRun), samples);
    } else {
        mode = Mode::Samples;
        text = tr("These %1 notices are fictional samples, written to show how Jikenbo works. "
                  "Download the notices of %2 to work with real ones.")
                   .arg(samples, host);
        if (m_history.lastRun && m_history.lastRun->status == u"cancelled"_s)
            text += u' ' + tr("The last download was cancelled; the next one continues it.");
    }
    m_bar->setState(mode, text);
    m_bar->setActionsEnabled(!m_busy && !m_removing);
    m_removeAction->setEnabled(m_known && m_samples > 0 && !m_busy && !m_removing);

    const bool failed = m_history.lastRunFailed() && mode != Mode::Failed;
    m_statusLabel->setText(statusText());
    m_statusLabel->setToolTip(m_history.lastRun && !m_history.lastRun->error.isEmpty()
                                  ? m_history.lastRun->error
                                  : feedUrl());
    m_statusLabel->setStyleSheet(failed ? u"color: #b03a2e;"_s : QString());
    m_statusLabel->setVisible(m_known && !m_syncing);
}

QString SampleCorpusController::failureText(const SyncRun &run) const
{
    const QString message = SyncHistory::errorMessage(run);
    return message.isEmpty() ? tr("the sync was interrupted") : message;
}

QString SampleCorpusController::lastSyncText() const
{
    const SyncRun &run = *m_history.lastSuccess;
    return tr("Last synced %1: %2 new, %3 updated")
        .arg(when(run), format::number(run.added), format::number(run.updated));
}

QString SampleCorpusController::statusText() const
{
    if (!m_history.lastRun)
        return tr("Not synced yet");
    // The bar says it already when it is up.
    const bool barTellsFailure = m_bar->mode() == SampleCorpusBar::Mode::Failed;
    if (m_history.lastRunFailed() && !barTellsFailure) {
        const QString failure = failureText(*m_history.lastRun);
        if (m_history.everSucceeded())
            return tr("Sync failed: %1. The notices are as of %2.")
                .arg(failure, when(*m_history.lastSuccess));
        return tr("Sync failed: %1. The notices here stay usable.").arg(failure);
    }
    return m_history.everSucceeded() ? lastSyncText() : tr("Not synced yet");
}

void SampleCorpusController::removeSamples()
{
    if (m_busy || m_removing || m_samples == 0)
        return;
    m_removing = true;
    update();
    const QString path = m_databasePath;
    startThread(QThread::create([this, path] {
        qint64 removed = 0, kept = 0;
        QString error;
        auto db = Database::open(path, existingDatabase());
        if (!db.ok()) {
            error = db.error();
        } else {
            const auto r = SampleNotices(*db.value()).remove();
            if (r.ok()) {
                removed = r->removed;
                kept = r->annotationsKept;
            } else {
                error = r.error();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, removed, kept, error] {
                m_removing = false;
                if (error.isEmpty())
                    Q_EMIT samplesRemoved(removed, kept);
                else
                    Q_EMIT removalFailed(error);
                refresh();
                update();
            },
            Qt::QueuedConnection);
    }));
}

} // namespace jikenbo
