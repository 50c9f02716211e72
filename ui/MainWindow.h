// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogProvider.h"
#include "SyncRequest.h"
#include "jobs/Importer.h"
#include "search/Query.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QThread;
class QToolButton;

namespace jikenbo {

class ActiveRules;
class Database;
class DetailPane;
class FacetPanel;
class IncidentTableModel;
class IncidentTableView;
class QueryWorker;
class SampleCorpusBar;
class SampleCorpusController;
class SearchBar;
class TrendView;
struct SyncSummary;

// The browser window: search box, facet sidebar, the incident table and the detail pane;
// import (menu, drag and drop), sync, export and print run off the GUI thread with progress
// and Cancel in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool seedSample = false;        // import the sample corpus (a new database)
        bool restoreSettings = true;
        DialogProvider *dialogs = nullptr; // not owned; the real dialogs when null
    };
    MainWindow(std::unique_ptr<Database> db, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the benchmark.
    IncidentTableModel *model() const { return m_model; }
    IncidentTableView *table() const { return m_table; }
    DetailPane *detail() const { return m_detail; }
    SearchBar *searchBar() const { return m_search; }
    FacetPanel *facets() const { return m_facets; }
    Database &database() const { return *m_db; }
    bool isBusy() const { return m_taskRunning; }
    qint64 totalIncidents() const { return m_totalAll; }
    QTabWidget *tabs() const { return m_tabs; }
    TrendView *trends() const { return m_trends; }
    SampleCorpusBar *sampleBar() const { return m_sampleBar; }
    SampleCorpusController *sampleCorpus() const { return m_sampleCorpus; }

    void setQueryText(const QString &text);
    void importPaths(const QStringList &paths);
    // False when another task runs (nothing starts).
    bool syncNow(const SyncRequest &request = {});
    void reclassifyAll();
    void openSettings();
    // Re-indexes the full text (a database indexed by another tokenizer version), off the GUI
    // thread with progress; started by the window itself when it finds the index outdated.
    void rebuildSearchIndex();

Q_SIGNALS:
    void taskStarted();
    void taskFinished(); // import, sync, export or index rebuild done (tests wait for it)
    void syncStarted(const jikenbo::SyncRequest &request);

protected:
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void buildActions();
    void buildMenus();
    void buildStatusBar();
    void restoreState();
    void saveState();
    void runQuery(const QString &text);
    void onResultReady(qint64 matches, qint64 located);
    void onCurrentRowChanged();
    void updateCount();
    void updateEmptyState();
    void showRowMenu(const QPoint &globalPos);
    QStringList selectedKeys() const;
    QString currentKey() const;
    void addTerm(const QString &term);
    void addSampleCorpus();
    void startTask(const QString &label);
    // The rules of Settings (a user file), or the built-in ones with a warning when it fails.
    std::shared_ptr<ActiveRules> activeRules();
    void finishTask();
    void onImportFinished(const ImportSummary &summary, const QString &what);
    void onSyncFinished(const SyncSummary &summary);
    void exportCsv();
    void printSelected();
    void exportPdf();
    void setDetailOrientation(Qt::Orientation o);
    void copyField(int column);
    void openSource();

    std::unique_ptr<Database> m_db;
    DialogProvider m_ownDialogs;
    DialogProvider *m_dialogs;
    QThread *m_workerThread;
    QueryWorker *m_worker;
    IncidentTableModel *m_model;
    SearchBar *m_search;
    FacetPanel *m_facets;
    IncidentTableView *m_table;
    DetailPane *m_detail;
    QTabWidget *m_tabs;
    TrendView *m_trends;
    QStackedWidget *m_tableStack;
    QLabel *m_emptyLabel;
    QSplitter *m_mainSplitter;
    QSplitter *m_detailSplitter;
    QLabel *m_countLabel;
    QLabel *m_taskLabel;
    QLabel *m_syncStatusLabel;
    SampleCorpusBar *m_sampleBar;
    SampleCorpusController *m_sampleCorpus;
    SyncRequest m_syncRequest; // of the running sync
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    QAction *m_importAction;
    QAction *m_importFolderAction;
    QAction *m_syncAction;
    QAction *m_exportAction;
    QAction *m_printAction;
    QAction *m_pdfAction;
    QAction *m_reloadAction;
    QAction *m_horizontalAction;
    QAction *m_verticalAction;
    QAction *m_eraAction;
    QAction *m_synonymAction;
    QAction *m_relevanceAction;
    qint64 m_totalAll = 0;
    QString m_lastGoodQuery;
    QString m_keepKey;
    bool m_taskRunning = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<ActiveRules> m_taskRules; // the rules a background task classifies with
    std::function<void()> m_cancelTask;
};

} // namespace jikenbo
