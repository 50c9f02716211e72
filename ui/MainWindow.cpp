// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DetailPane.h"
#include "FacetPanel.h"
#include "IncidentBrowser.h"
#include "IncidentRowMenu.h"
#include "IncidentTableView.h"
#include "JobStatusView.h"
#include "MainActions.h"
#include "NavigationHistory.h"
#include "SampleCorpusBar.h"
#include "SampleCorpusController.h"
#include "SearchBar.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TrendView.h"
#include "WindowSettings.h"
#include "WindowTasks.h"
#include "core/Format.h"
#include "jobs/JobRunner.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "store/SearchIndex.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

MainWindow::MainWindow(std::unique_ptr<Database> db, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_dialogs(options.dialogs ? options.dialogs : &m_ownDialogs)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Jikenbo — %1").arg(QFileInfo(m_db->path()).fileName()));
    setAcceptDrops(true);

    // Queries run on their own thread and connection.
    m_workerThread = new QThread(this);
    m_workerThread->setObjectName(u"jikenbo-query-worker"_s);
    m_worker = new QueryWorker(m_db->path());
    m_worker->moveToThread(m_workerThread);
    connect(m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread->start();
    QMetaObject::invokeMethod(m_worker, &QueryWorker::open, Qt::QueuedConnection);
    m_model = new IncidentTableModel(m_worker, this);

    buildWidgets();

    // The sample bar, the sync line of the status bar and "Remove Sample Notices".
    m_syncStatusLabel = new QLabel(this);
    m_sampleCorpus = new SampleCorpusController(m_db->path(), m_sampleBar, m_syncStatusLabel, this);
    m_sampleCorpus->setSyncStarter([this](const SyncRequest &r) { return syncNow(r); });
    connect(this, &MainWindow::taskStarted, m_sampleCorpus, [this] { m_sampleCorpus->setBusy(true); });
    connect(this, &MainWindow::taskFinished, m_sampleCorpus, [this] { m_sampleCorpus->setBusy(false); });
    connect(this, &MainWindow::syncStarted, m_sampleCorpus, &SampleCorpusController::syncStarted);

    m_actions = new MainActions(this, m_dialogs);
    m_actions->buildMenus(m_sampleCorpus->removeAction());
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncStatusLabel);
    // Long work: one job at a time, shown in the status bar.
    m_runner = new JobRunner(this);
    m_jobStatus = new JobStatusView(m_runner, statusBar(), u"task"_s, tr("Cancel the running task"), 220, this);
    m_exportRunner = new JobRunner(this);
    new JobStatusView(m_exportRunner, statusBar(), u"export"_s, tr("Cancel the export"), 160, this);
    m_tasks = new WindowTasks(this, *m_db, m_dialogs, m_runner, m_jobStatus, m_exportRunner);
    connect(m_runner, &JobRunner::started, this, &MainWindow::onTaskStarted);
    connect(m_runner, &JobRunner::finished, this, &MainWindow::onTaskFinished);
    connect(m_exportRunner, &JobRunner::started, m_actions->exportCsv, [this] { m_actions->exportCsv->setEnabled(false); });
    connect(m_exportRunner, &JobRunner::finished, m_actions->exportCsv, [this] { m_actions->exportCsv->setEnabled(true); });
    connect(m_exportRunner, &JobRunner::started, m_actions->exportVeris, [this] { m_actions->exportVeris->setEnabled(false); });
    connect(m_exportRunner, &JobRunner::finished, m_actions->exportVeris, [this] { m_actions->exportVeris->setEnabled(true); });
    connect(m_tasks, &WindowTasks::syncStarted, this, &MainWindow::syncStarted);
    connect(m_tasks, &WindowTasks::exportFinished, this, &MainWindow::exportFinished);
    new NavigationHistory(m_detail, m_table, m_model, m_actions->back, m_actions->forward);
    new IncidentRowMenu(m_table, m_model, m_worker, m_detail, m_actions->print);
    m_settings = std::make_unique<WindowSettings>(WindowSettings::Parts{
        this, m_mainSplitter, m_detailSplitter, m_table, m_model, m_search, m_trends, m_actions->showEra,
        m_actions->synonyms, [this](Qt::Orientation o) { setDetailOrientation(o); }});
    m_browser = new IncidentBrowser({m_search, m_facets, m_model, m_worker, m_table, m_tableStack, m_emptyLabel,
                                     m_detail, m_trends, m_countLabel, statusBar(), m_dialogs},
                                    this);
    connect(m_trends, &TrendView::showIncidentsRequested, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(this, &MainWindow::taskFinished, m_trends, &TrendView::reload);
    connectActions();

    resize(1366, 768);
    if (options.restoreSettings)
        m_settings->restore();
    m_detail->setShowEra(m_actions->showEra->isChecked());
    m_browser->start();

    // A database indexed by another tokenizer version: re-index it now, as a task.
    if (const auto stale = SearchIndex::needsRebuild(*m_db); stale.ok() && stale.value())
        QTimer::singleShot(0, this, &MainWindow::rebuildSearchIndex);
    // A database from before schema 7: the notices' dates, data kinds and contractors are read
    // as a task (after the re-index, if there is one).
    if (const auto pending = IncidentStore::factsPending(*m_db);
        pending.ok() && pending.value() > 0)
        QTimer::singleShot(0, this, &MainWindow::fillIncidentFacts);

    if (options.seedSample)
        QTimer::singleShot(0, this, &MainWindow::addSampleCorpus);
    m_sampleCorpus->refresh(); // after the tasks above: a sync at start waits for them
}

MainWindow::~MainWindow()
{
    for (JobRunner *r : {m_runner, m_exportRunner}) {
        r->cancel();
        r->wait();
    }
    m_workerThread->quit();
    m_workerThread->wait();
}

void MainWindow::buildWidgets()
{
    m_search = new SearchBar(this);
    m_facets = new FacetPanel(this);
    m_table = new IncidentTableView(this);
    m_table->setModel(m_model);
    m_table->applyDefaultWidths();
    m_detail = new DetailPane(*m_db, this);
    m_detail->setObjectName(u"detailPane"_s);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setMargin(24);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyLabel);

    m_detailSplitter = new QSplitter(Qt::Horizontal, this);
    m_detailSplitter->setObjectName(u"detailSplitter"_s);
    m_detailSplitter->addWidget(m_tableStack);
    m_detailSplitter->addWidget(m_detail);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_detailSplitter->setChildrenCollapsible(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"viewTabWidget"_s);
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_detailSplitter, tr("Incidents"));
    m_trends = new TrendView(m_db->path(), m_dialogs, this);
    m_tabs->addTab(m_trends, tr("Trends"));

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->setSpacing(4);
    rl->addWidget(m_search);
    m_sampleBar = new SampleCorpusBar(this);
    rl->addWidget(m_sampleBar);
    rl->addWidget(m_tabs, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_facets);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({220, 1100});
    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(6, 6, 6, 0);
    cl->addWidget(m_mainSplitter);
    setCentralWidget(central);
    // Tab: search box, the sample bar's buttons, table, the notice pane from top to bottom, then
    // the facets.
    QWidget *previous = m_search->lineEdit();
    const QList<QWidget *> chain =
        QList<QWidget *>{m_sampleBar->downloadButton(), m_sampleBar->removeButton(),
                         m_sampleBar->closeButton(), m_table} +
        m_detail->tabChain() + QList<QWidget *>{m_facets->tree()};
    for (QWidget *next : chain) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.importFiles, &QAction::triggered, m_tasks, &WindowTasks::importFromDialog);
    connect(a.importFolder, &QAction::triggered, m_tasks, &WindowTasks::importFolderFromDialog);
    connect(a.sync, &QAction::triggered, this, [this] { syncNow(); });
    connect(m_sampleCorpus, &SampleCorpusController::samplesRemoved, this, [this](qint64 removed, qint64 kept) {
        m_actions->reload->trigger();
        m_trends->reload();
        statusBar()->showMessage(tr("%1 sample notices removed; %2 of your annotations on them kept.")
                                     .arg(format::number(removed), format::number(kept)),
                                 10000);
    });
    connect(m_sampleCorpus, &SampleCorpusController::removalFailed, this,
            [this](const QString &m) { m_dialogs->warn(this, tr("Remove Sample Notices"), m); });
    connect(a.exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(a.exportVeris, &QAction::triggered, this, [this] {
        ListOptions list;
        list.sort = m_model->sortColumn();
        list.descending = m_model->sortDescending();
        list.sql.expandSynonyms = m_actions->synonyms->isChecked();
        m_tasks->exportVeris(m_model->query(), list);
    });
    connect(a.print, &QAction::triggered, this,
            [this] { m_tasks->print(m_browser->selectedKeys(), m_actions->showEra->isChecked()); });
    connect(a.exportPdf, &QAction::triggered, this,
            [this] { m_tasks->exportPdf(m_browser->selectedKeys(), m_actions->showEra->isChecked()); });
    connect(a.reload, &QAction::triggered, m_browser, &IncidentBrowser::reload);
    connect(a.detailRight, &QAction::triggered, this, [this] { setDetailOrientation(Qt::Horizontal); });
    connect(a.detailBelow, &QAction::triggered, this, [this] { setDetailOrientation(Qt::Vertical); });
    connect(a.showEra, &QAction::toggled, this, [this](bool on) {
        settings::showEra.set(on);
        m_detail->setShowEra(on);
    });
    connect(a.synonyms, &QAction::toggled, this, [this](bool on) {
        settings::expandSynonyms.set(on);
        m_model->setSynonymExpansion(on);
        m_trends->setSynonymExpansion(on);
        m_browser->runQuery(m_search->text());
    });
    connect(a.relevance, &QAction::toggled, this, [this](bool on) {
        QHeaderView *h = m_table->horizontalHeader();
        h->setSortIndicatorShown(!on);
        if (on) {
            m_model->setSortOrder(SortColumn::Relevance, true);
        } else {
            const QSignalBlocker b(h);
            h->setSortIndicator(IncidentTableModel::Announced, Qt::DescendingOrder);
            m_model->setSortOrder(SortColumn::Date, true);
        }
    });
    // A click on a column header sorts by that column again.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        const QSignalBlocker b(m_actions->relevance);
        m_actions->relevance->setChecked(false);
        m_table->horizontalHeader()->setSortIndicatorShown(true);
    });
    connect(a.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a.reclassify, &QAction::triggered, this, &MainWindow::reclassifyAll);
    connect(a.find, &QAction::triggered, this, [this] {
        m_search->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_search->lineEdit()->selectAll();
    });
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (isBusy() || m_exportRunner->isRunning()) {
        if (m_dialogs->ask(this, tr("Jikenbo"), tr("A task is still running. Cancel it and quit?"),
                           QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
            e->ignore();
            return;
        }
        m_runner->cancel();
        m_exportRunner->cancel();
    }
    m_settings->save();
    e->accept();
}

void MainWindow::setDetailOrientation(Qt::Orientation o)
{
    m_detailSplitter->setOrientation(o);
    (o == Qt::Horizontal ? m_actions->detailRight : m_actions->detailBelow)->setChecked(true);
}

qint64 MainWindow::totalIncidents() const
{
    return m_browser->totalIncidents();
}

bool MainWindow::isBusy() const
{
    return m_runner->isRunning();
}

void MainWindow::onTaskStarted()
{
    for (QAction *a : {m_actions->importFiles, m_actions->importFolder, m_actions->sync})
        a->setEnabled(false);
    Q_EMIT taskStarted();
}

void MainWindow::onTaskFinished()
{
    for (QAction *a : {m_actions->importFiles, m_actions->importFolder, m_actions->sync})
        a->setEnabled(true);
    m_browser->reload();
    Q_EMIT taskFinished();
}

// A task the user started first (a sync asked before the event loop turned) runs to its end;
// the samples come after it.
void MainWindow::setQueryText(const QString &text)
{
    m_browser->setQueryText(text);
}

void MainWindow::addSampleCorpus()
{
    if (isBusy()) {
        connect(this, &MainWindow::taskFinished, this, &MainWindow::addSampleCorpus, Qt::SingleShotConnection);
        return;
    }
    m_tasks->addSampleCorpus();
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_tasks->importPaths(paths);
}

bool MainWindow::syncNow(const SyncRequest &request)
{
    return m_tasks->syncNow(request);
}

void MainWindow::reclassifyAll()
{
    m_tasks->reclassifyAll();
}

void MainWindow::fillIncidentFacts()
{
    if (isBusy()) {
        connect(this, &MainWindow::taskFinished, this, &MainWindow::fillIncidentFacts,
                Qt::SingleShotConnection);
        return;
    }
    m_tasks->fillIncidentFacts();
}

void MainWindow::rebuildSearchIndex()
{
    m_tasks->rebuildSearchIndex();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(*m_dialogs, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_actions->showEra->setChecked(settings::showEra.get());
    if (dialog.rulesChanged() &&
        m_dialogs->ask(this, tr("Settings"),
                       tr("The classification rules changed. Classify every incident again now? "
                          "Your overrides stay."),
                       QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes)
        reclassifyAll();
}

void MainWindow::exportCsv()
{
    // The table's visible columns, in the table's order.
    static const QStringList keyOfColumn{u"case_id"_s, u"announced_on"_s, u"organization"_s, u"title"_s,
                                         u"cause"_s,   u"sector"_s,       u"affected"_s,     u"labels"_s};
    QStringList cols;
    QHeaderView *h = m_table->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            cols << keyOfColumn.value(logical);
    }
    ListOptions list;
    list.sort = m_model->sortColumn();
    list.descending = m_model->sortDescending();
    list.sql.expandSynonyms = m_actions->synonyms->isChecked();
    m_tasks->exportCsv(m_model->query(), list, cols, m_model->matchCount());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls() && !isBusy())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    QStringList paths;
    for (const QUrl &u : e->mimeData()->urls()) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    if (!paths.isEmpty()) {
        e->acceptProposedAction();
        importPaths(paths);
    }
}

} // namespace jikenbo
