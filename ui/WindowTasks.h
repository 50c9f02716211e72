// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncRequest.h"
#include "core/ImportSummary.h"
#include "report/CsvExportOptions.h"
#include "search/Query.h"
#include "store/IncidentQuery.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace jikenbo {

class ActiveRules;
class DialogProvider;
class JobRunner;
class JobStatusView;
class Database;
struct SyncSummary;

// What the window starts that takes long: imports, sync, classifying again, re-indexing and the
// CSV export run as jobs on the window's one JobRunner (one at a time), with their summaries in
// the status bar and in a dialog when they end; print and PDF of the selected incidents.
class WindowTasks final : public QObject
{
    Q_OBJECT

public:
    // Exports run on `exportRunner`, beside a task on `runner`.
    WindowTasks(QWidget *window, Database &db, DialogProvider *dialogs, JobRunner *runner,
                JobStatusView *status, JobRunner *exportRunner);

    bool isBusy() const;
    // File → Import Files… and Import a Folder…: the file dialog, then the import.
    void importFromDialog();
    void importFolderFromDialog();
    void importPaths(const QStringList &paths);
    void addSampleCorpus();
    bool syncNow(const SyncRequest &request);
    void reclassifyAll();
    void rebuildSearchIndex();
    void fillIncidentFacts();
    // The export dialog (columns preset to the table's), then the file dialog, then the job.
    void exportCsv(const Query &query, const ListOptions &list, const QStringList &columns,
                   qint64 matchCount);
    void print(const QStringList &keys, bool era);
    void exportPdf(const QStringList &keys, bool era);
    // The matches as VERIS-shaped JSON Lines (asks for the file), beside a running task.
    void exportVeris(const Query &query, const ListOptions &list);

Q_SIGNALS:
    void syncStarted(const jikenbo::SyncRequest &request);
    void exportFinished(); // written or not

private:
    // The rules of Settings (a user file), or the built-in ones with a warning when it fails.
    std::shared_ptr<ActiveRules> activeRules();
    void onImportFinished(const ImportSummary &summary, const QString &what);
    void onSyncFinished(const SyncSummary &summary, const SyncRequest &request);
    // An export has its own line in the status bar, beside a sync or import that may be
    // running: it reads its own snapshot of the database, so the rows of a sync that lands
    // meanwhile are either all in it or not at all.
    void startCsvExport(const Query &query, const ListOptions &list,
                        const CsvExportOptions &options, const QString &path);

    QWidget *m_window;
    Database &m_db;
    DialogProvider *m_dialogs;
    JobRunner *m_runner;
    JobStatusView *m_status;
    JobRunner *m_exportRunner;
};

} // namespace jikenbo
