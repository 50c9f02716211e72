// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DialogProvider.h"
#include "SyncRequest.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QThread;

namespace jikenbo {

class Database;
class DetailPane;
class FacetPanel;
class IncidentBrowser;
class IncidentTableModel;
class IncidentTableView;
class JobRunner;
class JobStatusView;
class MainActions;
class QueryWorker;
class SampleCorpusBar;
class SampleCorpusController;
class SearchBar;
class TrendView;
class WindowSettings;
class WindowTasks;

// The browser window: search box, facet sidebar, the incident table and the detail pane, the
// Trends tab. It builds the widgets and connects them; its parts do the rest: MainActions (the
// actions and menus), WindowTasks on a JobRunner (import, drag and drop, sync, export and print,
// with JobStatusView's progress and Cancel in the status bar), NavigationHistory (Back and
// Forward) and WindowSettings (what is kept between runs).
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
    QueryWorker *worker() const { return m_worker; }
    IncidentTableView *table() const { return m_table; }
    DetailPane *detail() const { return m_detail; }
    SearchBar *searchBar() const { return m_search; }
    FacetPanel *facets() const { return m_facets; }
    Database &database() const { return *m_db; }
    bool isBusy() const;
    qint64 totalIncidents() const;
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
    // Reads the facts of schema 7 from the notices of a migrated database (FactsBackfillJob).
    void fillIncidentFacts();

Q_SIGNALS:
    void taskStarted();
    void taskFinished();   // import, sync, classification or index rebuild done (tests wait for it)
    void exportFinished(); // a CSV export done, written or not (it may run beside a task)
    void syncStarted(const jikenbo::SyncRequest &request);

protected:
    void closeEvent(QCloseEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void buildWidgets();
    void connectActions();
    void addSampleCorpus();
    void exportCsv();
    void onTaskStarted();
    void onTaskFinished();
    void setDetailOrientation(Qt::Orientation o);

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
    QLabel *m_syncStatusLabel;
    SampleCorpusBar *m_sampleBar;
    SampleCorpusController *m_sampleCorpus;
    MainActions *m_actions;
    JobRunner *m_runner;       // imports, sync, classification, re-indexing: one at a time
    JobRunner *m_exportRunner; // CSV exports, beside them
    JobStatusView *m_jobStatus;
    WindowTasks *m_tasks;
    IncidentBrowser *m_browser;
    std::unique_ptr<WindowSettings> m_settings;
};

} // namespace jikenbo
