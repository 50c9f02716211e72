// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobRunner.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace jikenbo {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<jikenbo::JobProgress>();
}

JobRunner::~JobRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    wait();
    delete m_thread;
}

bool JobRunner::start(const QString &title, std::shared_ptr<Job> job, const QString &databasePath,
                      std::function<void()> done)
{
    if (isRunning() || !job)
        return false;
    m_job = std::move(job);
    m_done = std::move(done);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_thread = QThread::create([this, job = m_job, databasePath, cancel = m_cancel] {
        auto db = Database::open(databasePath, job->databaseOptions());
        if (!db.ok()) {
            job->failToOpen(databasePath, db.error());
            return;
        }
        job->run(
            *db.value(), [this](const JobProgress &p) { Q_EMIT progress(p); }, *cancel);
    });
    m_thread->setObjectName(u"jikenbo-job"_s);
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished);
    Q_EMIT started(title);
    m_thread->start();
    return true;
}

void JobRunner::run(Job &job, Database &db, const Job::ProgressFn &progress,
                    const std::atomic_bool *cancel)
{
    const std::atomic_bool never{false};
    job.run(
        db, progress ? progress : [](const JobProgress &) {}, cancel ? *cancel : never);
}

void JobRunner::cancel()
{
    if (!m_cancel || !isRunning())
        return;
    m_cancel->store(true);
    Q_EMIT cancelRequested();
}

void JobRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void JobRunner::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job.reset();
    m_cancel.reset();
    const std::function<void()> done = std::exchange(m_done, {});
    Q_EMIT finished();
    if (done)
        done();
}

} // namespace jikenbo
