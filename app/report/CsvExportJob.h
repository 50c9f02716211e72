// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvExporter.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace jikenbo {

// A CSV export on a worker thread with its own database connection: progress and the end
// come back as queued signals, cancel() stops it and leaves no file. For CP932 without
// replacement it first checks the characters, and ends with NeedsReplacement (and the
// listing) instead of writing when some cannot be held; start again with
// replaceUnmappable set when the user agrees.
class CsvExportJob final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Running, Written, Cancelled, Failed, NeedsReplacement };
    Q_ENUM(Outcome)

    CsvExportJob(const QString &databasePath, const Query &query, const CsvExportOptions &options,
                 const ListOptions &list, const QString &outputPath, QObject *parent = nullptr);
    ~CsvExportJob() override; // cancels and waits for the thread

    void start();
    void cancel();
    bool isRunning() const;

    // After finished():
    Outcome outcome() const { return m_outcome; }
    const QString &errorMessage() const { return m_error; }
    const CsvExportSummary &summary() const { return m_summary; }
    const UnmappableReport &unmappable() const { return m_unmappable; }
    const QString &outputPath() const { return m_outputPath; }

Q_SIGNALS:
    void stageChanged(const QString &text); // "Checking characters…", "Writing…"
    void progress(qint64 rowsDone, qint64 rowsTotal);
    void finished();

private:
    void run(); // on the worker thread
    void onThreadFinished();

    QString m_databasePath;
    Query m_query;
    CsvExportOptions m_options;
    ListOptions m_list;
    QString m_outputPath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    Outcome m_outcome = Outcome::Running;
    QString m_error;
    CsvExportSummary m_summary;
    UnmappableReport m_unmappable;
};

} // namespace jikenbo
