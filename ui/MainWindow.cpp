// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DetailPane.h"
#include "FacetPanel.h"
#include "IncidentTableView.h"
#include "SafeTextBrowser.h"
#include "SampleCorpusBar.h"
#include "SampleCorpusController.h"
#include "SearchBar.h"
#include "SettingsDialog.h"
#include "classify/ActiveRules.h"
#include "store/Reclassifier.h"
#include "Settings.h"
#include "TrendView.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "report/CsvColumns.h"
#include "report/CsvExportJob.h"
#include "report/ExportDialog.h"
#include "report/PrintLayoutDialog.h"
#include "report/SummaryPrinting.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "sync/SyncWorker.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
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

    // Widgets.
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

    // The sample bar, the sync line of the status bar and "Remove Sample Notices".
    m_syncStatusLabel = new QLabel(this);
    m_sampleCorpus = new SampleCorpusController(m_db->path(), m_sampleBar, m_syncStatusLabel, this);
    m_sampleCorpus->setSyncStarter([this](const SyncRequest &r) { return syncNow(r); });
    connect(this, &MainWindow::taskStarted, m_sampleCorpus, [this] { m_sampleCorpus->setBusy(true); });
    connect(this, &MainWindow::taskFinished, m_sampleCorpus, [this] { m_sampleCorpus->setBusy(false); });
    connect(this, &MainWindow::syncStarted, m_sampleCorpus, &SampleCorpusController::syncStarted);

    buildActions();
    buildMenus();
    buildStatusBar();

    // Wiring.
    connect(m_search, &SearchBar::queryChanged, this, &MainWindow::runQuery);
    connect(m_facets, &FacetPanel::termChosen, this, &MainWindow::addTerm);
    connect(m_model, &IncidentTableModel::resultReady, this, &MainWindow::onResultReady);
    connect(m_model, &IncidentTableModel::queryFailed, this,
            [this](const QString &m) { statusBar()->showMessage(tr("Query failed: %1").arg(m), 10000); });
    connect(m_model, &IncidentTableModel::loadingChanged, this, [this](bool) { updateCount(); });
    connect(m_worker, &QueryWorker::facetsReady, this, [this](quint64 gen, const FacetCounts &c) {
        if (gen == m_model->latestGeneration())
            m_facets->setCounts(c);
    });
    connect(m_worker, &QueryWorker::allCounted, this, [this](qint64 n) {
        m_totalAll = n;
        updateCount();
        updateEmptyState();
    });
    connect(m_worker, &QueryWorker::failed, this, [this](quint64 gen, const QString &m) {
        if (gen == 0)
            m_dialogs->warn(this, tr("Jikenbo"), m);
    });
    connect(m_worker, &QueryWorker::annotationSaved, this, [this](const QString &key) {
        m_model->reload(currentKey().isEmpty() ? key : currentKey());
        if (m_detail->currentKey() == key)
            m_detail->refresh();
    });
    connect(m_worker, &QueryWorker::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            m_dialogs->warn(this, tr("Jikenbo"), error);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const int row = m_table->currentIndex().row();
        if (row >= tl.row() && row <= br.row() && m_detail->currentKey() != m_model->keyAt(row))
            onCurrentRowChanged();
    });
    connect(m_table, &IncidentTableView::rowMenuRequested, this, &MainWindow::showRowMenu);
    // The Trends tab follows the query; its drill-down and Back edit the query.
    connect(m_trends, &TrendView::queryRequested, this, &MainWindow::setQueryText);
    connect(m_trends, &TrendView::showIncidentsRequested, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(this, &MainWindow::taskFinished, m_trends, &TrendView::reload);
    connect(m_worker, &QueryWorker::annotationSaved, m_trends, &TrendView::reload);
    connect(m_detail, &DetailPane::navigated, this, [this](const QString &key) {
        // Select the incident in the table when it is shown there.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->keyAt(r) == key) {
                QSignalBlocker b(m_table->selectionModel());
                m_table->selectRow(r);
                m_table->scrollTo(m_model->index(r, 0));
                return;
            }
            if (!m_model->recordAt(r))
                break; // only the loaded rows are searched
        }
        QSignalBlocker b(m_table->selectionModel());
        m_table->clearSelection();
    });
    auto send = [this](auto fn) { QMetaObject::invokeMethod(m_worker, fn, Qt::QueuedConnection); };
    connect(m_detail, &DetailPane::starToggled, this, [this, send](const QString &k, bool on) {
        send([w = m_worker, k, on] { w->setStarred(k, on); });
    });
    connect(m_detail, &DetailPane::causeOverrideChosen, this, [this, send](const QString &k, const QString &c) {
        send([w = m_worker, k, c] { w->setCauseOverride(k, c); });
    });
    connect(m_detail, &DetailPane::tagsEdited, this, [this, send](const QString &k, const QStringList &t) {
        send([w = m_worker, k, t] { w->setTags(k, t); });
    });
    connect(m_detail, &DetailPane::noteEdited, this, [this, send](const QString &k, const QString &n) {
        send([w = m_worker, k, n] { w->setNote(k, n); });
        statusBar()->showMessage(tr("Note saved"), 3000);
    });

    resize(1366, 768);
    if (options.restoreSettings)
        restoreState();
    m_detail->setShowEra(m_eraAction->isChecked());
    QMetaObject::invokeMethod(m_worker, &QueryWorker::countAll, Qt::QueuedConnection);
    runQuery(m_search->text());
    updateEmptyState();

    // A database indexed by another tokenizer version: re-index it now, as a task.
    if (const auto stale = SearchIndex::needsRebuild(*m_db); stale.ok() && stale.value())
        QTimer::singleShot(0, this, &MainWindow::rebuildSearchIndex);

    if (options.seedSample)
        QTimer::singleShot(0, this, &MainWindow::addSampleCorpus);
    m_sampleCorpus->refresh(); // after the tasks above: a sync at start waits for them
}

MainWindow::~MainWindow()
{
    if (m_cancelTask)
        m_cancelTask();
    m_workerThread->quit();
    m_workerThread->wait();
    // A sync's thread (a child) may still be winding down after its summary came.
    for (QThread *t : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        t->wait();
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &name) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };
    m_importAction = make(tr("&Import Files…"), QKeySequence::Open, u"importAction"_s);
    m_importFolderAction = make(tr("Import &Folder…"), QKeySequence(u"Ctrl+Shift+O"_s), u"importFolderAction"_s);
    m_syncAction = make(tr("&Sync from the Blog"), QKeySequence(Qt::Key_F6), u"syncAction"_s);
    m_exportAction = make(tr("&Export CSV…"), QKeySequence(u"Ctrl+E"_s), u"exportAction"_s);
    m_printAction = make(tr("&Print…"), QKeySequence::Print, u"printAction"_s);
    m_pdfAction = make(tr("Export P&DF…"), QKeySequence(u"Ctrl+Shift+P"_s), u"exportPdfAction"_s);
    m_reloadAction = make(tr("&Reload"), QKeySequence::Refresh, u"reloadAction"_s);
    m_horizontalAction = make(tr("Notice on the &Right"), {}, u"detailRightAction"_s);
    m_verticalAction = make(tr("Notice &Below"), {}, u"detailBelowAction"_s);
    m_eraAction = make(tr("Show Japanese &Era Dates"), {}, u"showEraAction"_s);
    m_synonymAction = make(tr("Search &Synonyms Too"), {}, u"synonymAction"_s);
    m_horizontalAction->setCheckable(true);
    m_verticalAction->setCheckable(true);
    auto *group = new QActionGroup(this);
    group->addAction(m_horizontalAction);
    group->addAction(m_verticalAction);
    m_horizontalAction->setChecked(true);
    m_eraAction->setCheckable(true);
    m_synonymAction->setCheckable(true);
    m_synonymAction->setToolTip(tr("Also find wider synonyms, e.g. 漏えい finds 流出"));
    m_relevanceAction = make(tr("Order by &Relevance"), {}, u"relevanceAction"_s);
    m_relevanceAction->setCheckable(true);
    m_relevanceAction->setToolTip(tr("Best matches of the search words first (click a column header to sort by it again)"));

    connect(m_importAction, &QAction::triggered, this, [this] {
        const QStringList files = m_dialogs->openFiles(this, tr("Import Pages"), settings::lastImportDir.get(),
                                                       tr("Blog pages (*.txt *.html *.htm *.xml *.atom);;All files (*)"));
        if (!files.isEmpty()) {
            settings::lastImportDir.set(QFileInfo(files.first()).absolutePath());
            importPaths(files);
        }
    });
    connect(m_importFolderAction, &QAction::triggered, this, [this] {
        const QString dir = m_dialogs->openDirectory(this, tr("Import a Folder of Pages"), settings::lastImportDir.get());
        if (!dir.isEmpty()) {
            settings::lastImportDir.set(dir);
            importPaths({dir});
        }
    });
    connect(m_syncAction, &QAction::triggered, this, [this] { syncNow(); });
    connect(m_sampleCorpus, &SampleCorpusController::samplesRemoved, this, [this](qint64 removed, qint64 kept) {
        m_reloadAction->trigger();
        m_trends->reload();
        statusBar()->showMessage(tr("%1 sample notices removed; %2 of your annotations on them kept.")
                                     .arg(format::number(removed), format::number(kept)),
                                 10000);
    });
    connect(m_sampleCorpus, &SampleCorpusController::removalFailed, this,
            [this](const QString &m) { m_dialogs->warn(this, tr("Remove Sample Notices"), m); });
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printSelected);
    connect(m_pdfAction, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        m_model->reload(currentKey());
        QMetaObject::invokeMethod(m_worker, &QueryWorker::countAll, Qt::QueuedConnection);
        m_detail->refresh();
    });
    connect(m_horizontalAction, &QAction::triggered, this, [this] { setDetailOrientation(Qt::Horizontal); });
    connect(m_verticalAction, &QAction::triggered, this, [this] { setDetailOrientation(Qt::Vertical); });
    connect(m_eraAction, &QAction::toggled, this, [this](bool on) {
        settings::showEra.set(on);
        m_detail->setShowEra(on);
    });
    connect(m_synonymAction, &QAction::toggled, this, [this](bool on) {
        settings::expandSynonyms.set(on);
        m_model->setSynonymExpansion(on);
        m_trends->setSynonymExpansion(on);
        runQuery(m_search->text());
    });
    connect(m_relevanceAction, &QAction::toggled, this, [this](bool on) {
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
        const QSignalBlocker b(m_relevanceAction);
        m_relevanceAction->setChecked(false);
        m_table->horizontalHeader()->setSortIndicatorShown(true);
    });

    auto *settingsAction = make(tr("&Settings…"), QKeySequence::Preferences, u"settingsAction"_s);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    auto *reclassifyAction = make(tr("&Classify All Again"), {}, u"reclassifyAction"_s);
    reclassifyAction->setToolTip(tr("Run the classification rules over every incident again; your overrides stay"));
    connect(reclassifyAction, &QAction::triggered, this, &MainWindow::reclassifyAll);
    auto *find = make(tr("&Find"), QKeySequence::Find, u"findAction"_s);
    connect(find, &QAction::triggered, this, [this] {
        m_search->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_search->lineEdit()->selectAll();
    });
    auto *back = make(tr("&Back"), QKeySequence::Back, u"backAction"_s);
    auto *forward = make(tr("&Forward"), QKeySequence::Forward, u"forwardAction"_s);
    connect(back, &QAction::triggered, m_detail, &DetailPane::back);
    connect(forward, &QAction::triggered, m_detail, &DetailPane::forward);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_syncAction);
    file->addAction(m_sampleCorpus->removeAction());
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_printAction);
    file->addAction(m_pdfAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char16_t *name : {u"findAction", u"reclassifyAction", u"settingsAction"}) {
        for (QAction *a : actions()) {
            if (a->objectName() == QStringView(name)) {
                if (QStringView(name) == u"settingsAction")
                    edit->addSeparator();
                edit->addAction(a);
            }
        }
    }
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reloadAction);
    view->addSeparator();
    view->addAction(m_horizontalAction);
    view->addAction(m_verticalAction);
    view->addSeparator();
    view->addAction(m_eraAction);
    view->addAction(m_synonymAction);
    view->addAction(m_relevanceAction);
    view->addSeparator();
    for (QAction *a : actions()) {
        if (a->objectName() == u"backAction"_s || a->objectName() == u"forwardAction"_s)
            view->addAction(a);
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Search Syntax"), this, [this] {
        m_dialogs->inform(this, tr("Search Syntax"),
                          tr("Words must all match (紛失 USBメモリ); \"quoted phrase\"; -word excludes; a OR b.\n"
                             "Fields: cause:ransomware or cause:設定ミス, sector:medical, org:病院, case:2024-012, "
                             "year:2023, date:2023-01-01..2023-06-30 (either end open), affected:>1000 or 100..500, "
                             "label:設定ミス, origin:label|rule|user, confidence:<0.5, tag:…, is:starred, has:note.\n"
                             "Width, case and katakana/hiragana are ignored."));
    });
    help->addAction(tr("&About Jikenbo"), this, [this] {
        m_dialogs->inform(this, tr("About Jikenbo"),
                          tr("Jikenbo %1 — a browser for Japanese security-incident notices.\n"
                             "Licensed under the GNU GPL, version 3 or later.")
                              .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_taskLabel = new QLabel(this);
    m_taskLabel->setObjectName(u"taskLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"taskProgressBar"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(u"cancelTaskToolButton"_s);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the running task"));
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(u"exportLabel"_s);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(u"exportProgressBar"_s);
    m_exportProgress->setMaximumWidth(160);
    m_exportProgress->setTextVisible(false);
    m_exportCancelButton = new QToolButton(this);
    m_exportCancelButton->setObjectName(u"cancelExportToolButton"_s);
    m_exportCancelButton->setText(tr("Cancel"));
    m_exportCancelButton->setAccessibleName(tr("Cancel the export"));
    connect(m_exportCancelButton, &QToolButton::clicked, this, [this] {
        if (m_exportJob)
            m_exportJob->cancel();
        m_exportLabel->setText(tr("Cancelling…"));
    });
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncStatusLabel);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_exportLabel);
    statusBar()->addPermanentWidget(m_exportProgress);
    statusBar()->addPermanentWidget(m_exportCancelButton);
    setExportShown(false);
    m_taskLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (m_cancelTask)
            m_cancelTask();
        m_taskLabel->setText(tr("Cancelling…"));
    });
}

void MainWindow::restoreState()
{
    const QByteArray geo = settings::windowGeometry.get();
    if (!geo.isEmpty())
        restoreGeometry(geo);
    const QByteArray state = settings::windowState.get();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    if (const QByteArray s = settings::mainSplitter.get(); !s.isEmpty())
        m_mainSplitter->restoreState(s);
    setDetailOrientation(Qt::Orientation(settings::detailOrientation.get()));
    if (const QByteArray s = settings::detailSplitter.get(); !s.isEmpty())
        m_detailSplitter->restoreState(s);
    if (const QByteArray h = settings::tableHeader.get(); !h.isEmpty())
        m_table->horizontalHeader()->restoreState(h);
    m_eraAction->setChecked(settings::showEra.get());
    m_synonymAction->setChecked(settings::expandSynonyms.get());
    m_model->setSynonymExpansion(m_synonymAction->isChecked());
    m_search->lineEdit()->setText(settings::lastQuery.get());
    m_trends->restoreState();
}

void MainWindow::saveState()
{
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(QMainWindow::saveState());
    settings::mainSplitter.set(m_mainSplitter->saveState());
    settings::detailSplitter.set(m_detailSplitter->saveState());
    settings::detailOrientation.set(int(m_detailSplitter->orientation()));
    settings::tableHeader.set(m_table->horizontalHeader()->saveState());
    settings::lastQuery.set(m_search->text());
    m_trends->saveState();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (m_taskRunning || m_exportJob) {
        if (m_dialogs->ask(this, tr("Jikenbo"), tr("A task is still running. Cancel it and quit?"),
                           QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
            e->ignore();
            return;
        }
        if (m_cancelTask)
            m_cancelTask();
        if (m_exportJob)
            m_exportJob->cancel();
    }
    saveState();
    e->accept();
}

void MainWindow::setDetailOrientation(Qt::Orientation o)
{
    m_detailSplitter->setOrientation(o);
    (o == Qt::Horizontal ? m_horizontalAction : m_verticalAction)->setChecked(true);
}

QString MainWindow::currentKey() const
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        return m_model->keyAt(i.row());
    return m_detail->currentKey();
}

QStringList MainWindow::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const QString k = m_model->keyAt(i.row());
        if (!k.isEmpty())
            keys << k;
    }
    if (keys.isEmpty() && !m_detail->currentKey().isEmpty())
        keys << m_detail->currentKey();
    return keys;
}

void MainWindow::setQueryText(const QString &text)
{
    m_search->setText(text);
}

void MainWindow::addTerm(const QString &term)
{
    const QString field = term.section(u':', 0, 0);
    QString value = term.section(u':', 1);
    setQueryText(Query::withTerm(m_search->text(), field + u':' + Query::quoteValue(value)));
}

void MainWindow::runQuery(const QString &text)
{
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    if (!pq.ok()) {
        m_search->setError(pq.error->message, pq.error->position, pq.error->length);
        return; // the table keeps showing the last good result
    }
    m_search->clearError();
    m_lastGoodQuery = text;
    m_keepKey = currentKey();
    m_model->setQuery(pq.query, m_keepKey);
    m_trends->setQuery(pq.query);
    m_detail->setHighlight(QuerySql::highlightTerms(pq.query, m_model->sqlOptions()));
    m_search->setSynonymNote(QuerySql::describeSynonyms(QuerySql::synonymsUsed(pq.query, m_model->sqlOptions())));
    updateCount();
}

void MainWindow::onResultReady(qint64, qint64 located)
{
    if (located >= 0 && located < m_model->rowCount()) {
        // Keep the horizontal scroll where the user left it: select by the first visible column.
        const int col = m_table->horizontalHeader()->logicalIndexAt(0);
        const QModelIndex i = m_model->index(int(located), std::max(0, col));
        m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(i);
    }
    updateCount();
    updateEmptyState();
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const QString key = m_model->keyAt(i.row());
    if (!key.isEmpty())
        m_detail->showIncident(key);
}

void MainWindow::updateCount()
{
    QString text = tr("%1 of %2 incidents").arg(format::number(m_model->matchCount()), format::number(m_totalAll));
    if (m_model->isLoading())
        text += u"  "_s + tr("(searching…)");
    m_countLabel->setText(text);
}

void MainWindow::updateEmptyState()
{
    if (m_totalAll == 0) {
        m_emptyLabel->setText(tr("<h3>No incidents yet</h3><p>Import pages of the blog with <b>File → Import Files…</b> "
                                 "(Ctrl+O), drop files or folders on this window, or bring the database up to date with "
                                 "<b>File → Sync from the Blog</b> (F6).</p>"));
        m_tableStack->setCurrentWidget(m_emptyLabel);
    } else if (m_model->matchCount() == 0 && !m_model->isLoading()) {
        m_emptyLabel->setText(tr("<h3>No incidents match</h3><p>Nothing matches <b>%1</b>.</p>"
                                 "<p>Remove a term, or press Esc in the search box to see all %2 incidents.</p>")
                                  .arg(m_search->text().toHtmlEscaped(), format::number(m_totalAll)));
        m_tableStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
}

void MainWindow::showRowMenu(const QPoint &globalPos)
{
    const QModelIndex i = m_table->indexAt(m_table->viewport()->mapFromGlobal(globalPos));
    if (!i.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy Case ID"), this, [this] { copyField(IncidentTableModel::CaseId); });
    menu.addAction(tr("Copy Title"), this, [this] { copyField(IncidentTableModel::Title); });
    menu.addAction(tr("Copy Organization"), this, [this] { copyField(IncidentTableModel::Organization); });
    const IncidentRecord *r = m_model->recordAt(i.row());
    const bool web = r && (r->sourceUrl.startsWith(u"http://"_s) || r->sourceUrl.startsWith(u"https://"_s));
    QAction *copyUrl = menu.addAction(tr("Copy Source URL"), this, [this] { copyField(-1); });
    copyUrl->setEnabled(web);
    QAction *open = menu.addAction(tr("Open Source in Browser"), this, &MainWindow::openSource);
    open->setEnabled(web);
    menu.addSeparator();
    if (r) {
        const QString key = r->key;
        const bool starred = r->starred;
        menu.addAction(starred ? tr("Remove Star") : tr("Star"), this, [this, key, starred] {
            QMetaObject::invokeMethod(m_worker, [w = m_worker, key, starred] { w->setStarred(key, !starred); },
                                      Qt::QueuedConnection);
        });
    }
    menu.addAction(m_printAction);
    menu.exec(globalPos);
}

void MainWindow::copyField(int column)
{
    QStringList values;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const IncidentRecord *r = m_model->recordAt(i.row());
        if (!r)
            continue;
        switch (column) {
        case IncidentTableModel::CaseId: values << r->caseId; break;
        case IncidentTableModel::Title: values << r->title; break;
        case IncidentTableModel::Organization: values << r->organization; break;
        default: values << r->sourceUrl; break;
        }
    }
    QGuiApplication::clipboard()->setText(values.join(u'\n'));
}

void MainWindow::openSource()
{
    const IncidentRecord *r = m_model->recordAt(m_table->currentIndex().row());
    if (!r)
        return;
    const QUrl u(r->sourceUrl);
    if (u.scheme() == u"http"_s || u.scheme() == u"https"_s)
        m_detail->urlOpener(u);
}

// The quiet first-start import of the fictional sample notices. A task the user started first (a
// sync asked before the event loop turned) runs to its end; the samples come after it.
void MainWindow::addSampleCorpus()
{
    if (m_taskRunning) {
        connect(this, &MainWindow::taskFinished, this, &MainWindow::addSampleCorpus, Qt::SingleShotConnection);
        return;
    }
    startTask(tr("Adding the sample incidents…"));
    auto cancel = m_cancelFlag;
    const QString path = m_db->path();
    QPointer<MainWindow> self(this);
    QThread *t = QThread::create([self, path, cancel] {
        auto opened = Database::open(path);
        ImportSummary s;
        if (opened.ok()) {
            const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
            Importer importer(*opened.value(), classifier);
            s = importer.importPaths({u":/jikenbo/sample"_s}, {}, cancel.get());
        }
        QMetaObject::invokeMethod(self, [self, s] {
            if (self)
                self->onImportFinished(s, QString());
        }, Qt::QueuedConnection);
    });
    t->setParent(this); // the destructor waits for it
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void MainWindow::startTask(const QString &label)
{
    m_taskRunning = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancelFlag;
    m_cancelTask = [flag] { flag->store(true); };
    m_taskLabel->setText(label);
    m_taskLabel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    for (QAction *a : {m_importAction, m_importFolderAction, m_syncAction})
        a->setEnabled(false);
    Q_EMIT taskStarted();
}

void MainWindow::finishTask()
{
    m_taskRunning = false;
    m_taskRules.reset();
    m_cancelTask = nullptr;
    m_taskLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
    for (QAction *a : {m_importAction, m_importFolderAction, m_syncAction})
        a->setEnabled(true);
    m_model->reload(currentKey());
    QMetaObject::invokeMethod(m_worker, &QueryWorker::countAll, Qt::QueuedConnection);
    m_detail->refresh();
    Q_EMIT taskFinished();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_taskRunning || paths.isEmpty())
        return;
    startTask(tr("Importing…"));
    auto cancel = m_cancelFlag;
    auto rules = activeRules();
    const QString dbPath = m_db->path();
    QPointer<MainWindow> self(this);
    QThread *t = QThread::create([self, dbPath, paths, cancel, rules] {
        ImportSummary s;
        auto db = Database::open(dbPath);
        if (!db.ok()) {
            s.errors.append({dbPath, db.error()});
        } else {
            Importer importer(*db.value(), rules->classifier());
            s = importer.importPaths(
                paths,
                [self](const ImportProgress &p) {
                    QMetaObject::invokeMethod(self, [self, p] {
                        if (!self)
                            return;
                        self->m_progress->setRange(0, int(std::max<qint64>(1, p.bytesTotal / 1024)));
                        self->m_progress->setValue(int(p.bytesDone / 1024));
                        self->m_taskLabel->setText(tr("Importing %1 of %2: %3")
                                                       .arg(std::min(p.fileIndex + 1, p.fileCount))
                                                       .arg(p.fileCount)
                                                       .arg(QFileInfo(p.file).fileName()));
                    });
                },
                cancel.get());
        }
        QMetaObject::invokeMethod(self, [self, s] {
            if (self)
                self->onImportFinished(s, tr("Import"));
        });
    });
    t->setParent(this); // the destructor waits for it
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void MainWindow::rebuildSearchIndex()
{
    if (m_taskRunning)
        return;
    startTask(tr("Rebuilding the search index…"));
    auto cancel = m_cancelFlag;
    const QString dbPath = m_db->path();
    QPointer<MainWindow> self(this);
    QThread *t = QThread::create([self, dbPath, cancel] {
        Database::Options o;
        o.create = false;
        o.updateSearchIndex = false;
        auto db = Database::open(dbPath, o);
        const Status s = !db.ok() ? Status::failure(db.error())
                                  : SearchIndex::rebuild(
                                        *db.value(),
                                        [self](qint64 done, qint64 total) {
                                            QMetaObject::invokeMethod(self, [self, done, total] {
                                                if (!self)
                                                    return;
                                                self->m_progress->setRange(0, int(std::max<qint64>(1, total)));
                                                self->m_progress->setValue(int(done));
                                                self->m_taskLabel->setText(
                                                    tr("Rebuilding the search index: %1 of %2 incidents")
                                                        .arg(format::number(done), format::number(total)));
                                            });
                                        },
                                        cancel.get());
        QMetaObject::invokeMethod(self, [self, s, cancel] {
            if (!self)
                return;
            self->finishTask();
            if (!s.ok() && !cancel->load())
                self->m_dialogs->warn(self, tr("Search index"), s.error());
            else if (s.ok())
                self->statusBar()->showMessage(tr("The search index is up to date."), 8000);
        });
    });
    t->setParent(this); // the destructor waits for it
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void MainWindow::onImportFinished(const ImportSummary &s, const QString &what)
{
    finishTask();
    if (what.isEmpty())
        return; // the quiet first-start import of the sample
    QString text = tr("%1 file(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).")
                       .arg(s.files)
                       .arg(s.added)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.skippedPosts)
                       .arg(s.errors.size());
    if (s.cancelled)
        text = tr("Cancelled. Files finished before that are imported.") + u' ' + text;
    QStringList details;
    for (const ImportError &e : s.errors)
        details << e.file + u": "_s + e.message;
    details += s.warnings;
    statusBar()->showMessage(text, 15000);
    m_dialogs->inform(this, what, text, details.join(u'\n'));
}

bool MainWindow::syncNow(const SyncRequest &request)
{
    if (m_taskRunning)
        return false;
    startTask(tr("Syncing…"));
    m_syncRequest = request;
    Q_EMIT syncStarted(request);
    SyncOptions opt;
    opt.full = request.full;
    const QString url = settings::feedUrl.get();
    if (!url.isEmpty())
        opt.feedUrl = QUrl(url);
    auto *thread = new QThread(this);
    m_taskRules = activeRules(); // kept until the sync is done
    auto *worker = new SyncWorker(m_db->path(), opt, &m_taskRules->rules());
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &SyncWorker::run);
    connect(worker, &SyncWorker::progress, this, [this](const SyncProgress &p) {
        m_taskLabel->setText(p.message);
        if (p.pagesEstimate > 0) {
            m_progress->setRange(0, p.pagesEstimate);
            m_progress->setValue(p.page);
        }
    });
    connect(worker, &SyncWorker::finished, this, &MainWindow::onSyncFinished);
    // Direct: the thread ends as soon as the sync does, even while the GUI thread waits for it
    // (~MainWindow), which a queued quit would never reach.
    connect(worker, &SyncWorker::finished, thread, &QThread::quit, Qt::DirectConnection);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QPointer<SyncWorker> w(worker);
    m_cancelTask = [w] {
        if (w)
            w->cancel();
    };
    thread->start();
    return true;
}

void MainWindow::onSyncFinished(const SyncSummary &s)
{
    finishTask();
    // A failed sync (offline, most often) is told in one line by the sample bar or the status
    // bar (SampleCorpusController), never in a dialog; the cache stays as it was.
    if (s.status == u"failed"_s)
        return;
    QString text = tr("%1 page(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).")
                       .arg(s.pages)
                       .arg(s.import.added)
                       .arg(s.import.updated)
                       .arg(s.import.unchanged)
                       .arg(s.import.skippedPosts)
                       .arg(s.import.errors.size());
    if (s.status == u"cancelled"_s)
        text = tr("Cancelled. Pages finished before that are imported; the next sync goes on from there.") +
               u' ' + text;
    if (s.resumed)
        text += u' ' + tr("Resumed the sync that stopped before.");
    if (s.fullPass && s.removed > 0 && s.status == u"ok"_s && SyncJob::isWholeBlogFeed(QUrl(s.feedUrl)))
        text += u' ' + tr("Full pass: %n post(s) no longer on the blog marked removed (kept, with your notes).",
                          nullptr, s.removed);
    QStringList details;
    if (!s.unmappedLabels.isEmpty()) {
        QStringList labels;
        for (auto it = s.unmappedLabels.cbegin(); it != s.unmappedLabels.cend(); ++it)
            labels << tr("%1 (%n post(s))", nullptr, it.value()).arg(it.key());
        const QString line = tr("Unmapped label(s), kept as labels but deciding no cause: %1").arg(labels.join(u", "_s));
        text += u' ' + tr("%n unmapped label(s).", nullptr, int(s.unmappedLabels.size()));
        details << line;
    }
    for (const SyncChange &c : s.changes) {
        const QString change = c.change == u"new"_s        ? tr("new")
                               : c.change == u"edited"_s   ? tr("edited")
                               : c.change == u"removed"_s  ? tr("removed")
                               : c.change == u"restored"_s ? tr("restored")
                                                           : tr("relabelled");
        details << change + u"  "_s + c.title;
    }
    for (const ImportError &e : s.import.errors)
        details << e.file + u": "_s + e.message;
    details += s.import.warnings;
    statusBar()->showMessage(text, 15000);
    if (!m_syncRequest.quiet())
        m_dialogs->inform(this, tr("Sync"), text, details.join(u'\n'));
}

std::shared_ptr<ActiveRules> MainWindow::activeRules()
{
    auto rules = std::make_shared<ActiveRules>();
    const QString file = settings::rulesFile.get();
    if (!file.isEmpty()) {
        if (const Status s = rules->useFile(file); !s.ok())
            statusBar()->showMessage(tr("Using the built-in rules: %1").arg(s.error()), 15000);
    }
    return rules;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(*m_dialogs, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_eraAction->setChecked(settings::showEra.get());
    if (dialog.rulesChanged() &&
        m_dialogs->ask(this, tr("Settings"),
                       tr("The classification rules changed. Classify every incident again now? Your overrides stay."),
                       QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes)
        reclassifyAll();
}

void MainWindow::reclassifyAll()
{
    if (m_taskRunning)
        return;
    startTask(tr("Classifying…"));
    auto cancel = m_cancelFlag;
    auto rules = activeRules();
    const QString dbPath = m_db->path();
    QPointer<MainWindow> self(this);
    QThread *t = QThread::create([self, dbPath, cancel, rules] {
        QString text;
        auto db = Database::open(dbPath);
        if (!db.ok()) {
            text = db.error();
        } else {
            Reclassifier reclassifier(*db.value(), rules->classifier());
            const auto r = reclassifier.run(
                [self](int done, int total) {
                    QMetaObject::invokeMethod(self, [self, done, total] {
                        if (!self)
                            return;
                        self->m_progress->setRange(0, std::max(1, total));
                        self->m_progress->setValue(done);
                    });
                },
                cancel.get());
            if (!r.ok())
                text = r.error();
            else if (r->cancelled)
                text = tr("Cancelled; nothing changed.");
            else
                text = tr("%1 incidents classified again: %2 changed cause, %3 changed sector; %4 of your overrides kept.")
                           .arg(r->incidents)
                           .arg(r->causeChanged)
                           .arg(r->sectorChanged)
                           .arg(r->overrideKept);
        }
        QMetaObject::invokeMethod(self, [self, text] {
            if (!self)
                return;
            self->finishTask();
            self->m_dialogs->inform(self, tr("Classify All Again"), text);
        });
    });
    t->setParent(this); // the destructor waits for it
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void MainWindow::exportCsv()
{
    if (m_exportJob)
        return; // one export at a time (the action is disabled meanwhile)
    ExportDialog dialog(this);
    CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Utf8Bom);
    // The table's visible columns, in the table's order.
    static const QStringList keyOfColumn{u"case_id"_s,  u"announced_on"_s, u"organization"_s,
                                         u"title"_s,    u"cause"_s,        u"sector"_s,
                                         u"affected"_s, u"labels"_s};
    QStringList cols;
    QHeaderView *h = m_table->horizontalHeader();
    for (int v = 0; v < h->count(); ++v) {
        const int logical = h->logicalIndex(v);
        if (!h->isSectionHidden(logical))
            cols << keyOfColumn.value(logical);
    }
    o.columns = cols;
    dialog.setOptions(o);
    dialog.setMatchCount(m_model->matchCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    o = dialog.options();
    const QString path = m_dialogs->saveFile(this, tr("Export CSV"),
                                             settings::lastExportDir.get() + u"/jikenbo.csv"_s,
                                             tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings::lastExportDir.set(QFileInfo(path).absolutePath());
    ListOptions list;
    list.sort = m_model->sortColumn();
    list.descending = m_model->sortDescending();
    list.sql.expandSynonyms = m_synonymAction->isChecked();
    startExport(m_model->query(), o, list, path);
}

// An export has its own line in the status bar, beside a sync or import that may be running: it
// reads its own snapshot of the database, so the rows of a sync that lands meanwhile are either
// all in it or not at all.
void MainWindow::startExport(const Query &query, const CsvExportOptions &o, const ListOptions &list,
                             const QString &path)
{
    auto *job = new CsvExportJob(m_db->path(), query, o, list, path, this);
    m_exportJob = job;
    m_exportAction->setEnabled(false);
    m_exportLabel->setText(tr("Exporting…"));
    m_exportProgress->setRange(0, 0);
    setExportShown(true);
    connect(job, &CsvExportJob::stageChanged, m_exportLabel, &QLabel::setText);
    connect(job, &CsvExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_exportProgress->setRange(0, int(std::max<qint64>(1, total)));
        m_exportProgress->setValue(int(done));
    });
    connect(job, &CsvExportJob::finished, this, [this, job, query, o, list, path] {
        m_exportJob = nullptr;
        job->deleteLater();
        m_exportAction->setEnabled(true);
        setExportShown(false);
        switch (job->outcome()) {
        case CsvExportJob::Outcome::Written:
            m_dialogs->inform(
                this, tr("Export CSV"),
                tr("%1 incidents written to %2.").arg(format::number(job->summary().rows), path),
                job->summary().replaced.describeReplaced());
            break;
        case CsvExportJob::Outcome::Cancelled:
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
            break;
        case CsvExportJob::Outcome::Failed:
            m_dialogs->warn(this, tr("Export CSV"), job->errorMessage());
            break;
        case CsvExportJob::Outcome::NeedsReplacement:
            if (m_dialogs->ask(this, tr("Export CSV"),
                               job->unmappable().describe() + u"\n\n"_s +
                                   tr("Replace these characters and export?"),
                               QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes) {
                CsvExportOptions replacing = o;
                replacing.replaceUnmappable = true;
                startExport(query, replacing, list, path);
                return;
            }
            break;
        case CsvExportJob::Outcome::Running:
            break;
        }
        Q_EMIT exportFinished();
    });
    job->start();
}

void MainWindow::setExportShown(bool shown)
{
    m_exportLabel->setVisible(shown);
    m_exportProgress->setVisible(shown);
    m_exportCancelButton->setVisible(shown);
}

void MainWindow::printSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty()) {
        statusBar()->showMessage(tr("Select the incidents to print first."), 5000);
        return;
    }
    const Status s = SummaryPrinting::preview(*m_db, keys, this, m_eraAction->isChecked());
    if (!s.ok())
        m_dialogs->warn(this, tr("Print"), s.error());
}

void MainWindow::exportPdf()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty()) {
        statusBar()->showMessage(tr("Select the incidents to export first."), 5000);
        return;
    }
    PrintLayoutDialog layoutDialog(this);
    if (m_dialogs->exec(&layoutDialog) != QDialog::Accepted)
        return;
    const QString path = m_dialogs->saveFile(this, tr("Export PDF"), settings::lastExportDir.get() + u"/jikenbo.pdf"_s,
                                             tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings::lastExportDir.set(QFileInfo(path).absolutePath());
    const auto r = SummaryPrinting::exportPdf(*m_db, keys, path, m_eraAction->isChecked(),
                                              layoutDialog.chosenLayout());
    if (!r.ok())
        m_dialogs->warn(this, tr("Export PDF"), r.error());
    else
        statusBar()->showMessage(tr("%1 page(s) written to %2").arg(r.value()).arg(path), 8000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls() && !m_taskRunning)
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
