// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExportJob.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace jikenbo {

CsvExportJob::CsvExportJob(const QString &databasePath, const Query &query,
                           const CsvExportOptions &options, const ListOptions &list,
                           const QString &outputPath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_query(query)
    , m_options(options)
    , m_list(list)
    , m_outputPath(outputPath)
{
}

CsvExportJob::~CsvExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CsvExportJob::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancel = false;
    m_outcome = Outcome::Running;
    m_error.clear();
    m_summary = {};
    m_unmappable = {};
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"csvExportThread"_s);
    connect(m_thread, &QThread::finished, this, &CsvExportJob::onThreadFinished);
    m_thread->start();
}

void CsvExportJob::cancel()
{
    m_cancel = true;
}

bool CsvExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CsvExportJob::run()
{
    Database::Options dbOptions;
    dbOptions.create = false;
    auto db = Database::open(m_databasePath, dbOptions);
    if (!db.ok()) {
        m_outcome = Outcome::Failed;
        m_error = db.error();
        return;
    }
    if (const Status s = CsvExporter::sortOnDisk(*db.value()); !s.ok()) {
        m_outcome = Outcome::Failed;
        m_error = s.error();
        return;
    }
    CsvExporter exporter(*db.value(), m_query, m_options, m_list);
    exporter.setCancelFlag(&m_cancel);
    QElapsedTimer sinceLast;
    sinceLast.start();
    exporter.setProgress([this, &sinceLast](qint64 done, qint64 total) {
        if (done == total || sinceLast.elapsed() >= 100) {
            sinceLast.restart();
            Q_EMIT progress(done, total);
        }
    });
    if (m_options.encoding == CsvEncoding::Cp932 && !m_options.replaceUnmappable) {
        Q_EMIT stageChanged(tr("Checking for characters CP932 cannot hold…"));
        auto scan = exporter.scanUnmappable();
        if (!scan.ok()) {
            m_outcome = Outcome::Failed;
            m_error = scan.error();
            return;
        }
        if (m_cancel) {
            m_outcome = Outcome::Cancelled;
            return;
        }
        if (!scan->isEmpty()) {
            m_unmappable = scan.value();
            m_error = m_unmappable.describe();
            m_outcome = Outcome::NeedsReplacement;
            return;
        }
    }
    Q_EMIT stageChanged(tr("Writing %1…").arg(m_outputPath));
    auto r = exporter.save(m_outputPath);
    if (!r.ok()) {
        m_outcome = Outcome::Failed;
        m_error = r.error();
        return;
    }
    m_summary = r.value();
    m_outcome = m_summary.cancelled ? Outcome::Cancelled : Outcome::Written;
}

void CsvExportJob::onThreadFinished()
{
    Q_EMIT finished();
}

} // namespace jikenbo
