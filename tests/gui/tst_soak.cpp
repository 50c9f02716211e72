// SPDX-License-Identifier: GPL-3.0-or-later
// A soak of the real window (offscreen) against the replica of the blog on 127.0.0.1 (issue 18):
// while a full sync runs, a user driven through the window's widgets types queries, clicks
// facets, opens Trends, annotates notices and exports CSV, in an order drawn from a seeded
// random generator; then a sync is cancelled halfway with the window's Cancel button and
// resumed. At the end: no crash, every annotation made is still there, PRAGMA integrity_check
// is ok, the incidents are those a plain sync of the same feed gives, and the table's rows are
// the rows of `jikenbo-cli list --json` on the same database.
//
// Bounded in time: JIKENBO_SOAK_SECONDS (the whole soak; ctest and CI pass a short one, run by
// hand it is 180 s; beyond 280 s raise QTEST_FUNCTION_TIMEOUT, in ms, too). JIKENBO_SOAK_SEED
// replays a run: the seed is printed at the start; JIKENBO_SOAK_VERBOSE=1 prints every action.
#include "BlogReplica.h"
#include "DetailPane.h"
#include "DialogProvider.h"
#include "FacetPanel.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "models/IncidentTableModel.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "sync/FeedSync.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <map>

using namespace Qt::StringLiterals;
using namespace jikenbo;
using test::BlogReplica;
using test::FakePost;

namespace {

// What the user typed about one notice, as the soak expects to find it at the end.
struct Annotation
{
    std::optional<QString> note;
    std::optional<bool> starred;
    std::optional<QStringList> tags;
    std::optional<QString> causeOverride; // empty: as imported
};

// Types text one character at a time as key events (QTest::keyClicks aborts on non-ASCII).
void type(QWidget *w, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Queries a user might type: words, field terms, phrases, negation, OR, and a malformed one.
const QStringList Queries{
    u"紛失"_s,
    u"不正アクセス"_s,
    u"メール 誤送信"_s,
    u"USBメモリ"_s,
    u"cause:misconfiguration"_s,
    u"cause:ランサムウェア"_s,
    u"sector:medical"_s,
    u"year:2023"_s,
    u"affected:>1000"_s,
    u"org:株式会社"_s,
    u"個人情報 -ランサムウェア"_s,
    u"漏えい OR 流出"_s,
    u"\"個人情報\""_s,
    u"has:note"_s,
    u"is:starred"_s,
    u"tag:soak"_s,
    u"date:2024-01-01.."_s,
    u"cause:aliens"_s, // malformed: the table keeps its rows
    u"ｃａｕｓｅ：紛失・盗難"_s,
    u"ウイルス"_s,
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BlogReplica m_replica;
    ScriptedDialogs m_dialogs;
    QRandomGenerator m_rng;
    quint32 m_seed = 0;
    int m_seconds = 0;
    QString m_db;
    QList<FakePost> m_posts; // of the replica before the soak's sync
    std::map<QString, Annotation> m_made;
    int m_actions = 0;
    bool m_verbose = qEnvironmentVariableIsSet("JIKENBO_SOAK_VERBOSE"); // every action as it runs
    int m_exports = 0;
    QStringList m_log; // the last actions, shown when a check fails

    static bool settled(MainWindow &w) { return !w.model()->isLoading(); }

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    void note(const QString &what)
    {
        ++m_actions;
        if (m_verbose)
            qInfo("soak: %s", qPrintable(what));
        m_log << what;
        if (m_log.size() > 30)
            m_log.removeFirst();
    }

    QString lastActions() const { return u"last actions:\n  "_s + m_log.join(u"\n  "_s); }

    int bounded(int n) { return int(m_rng.bounded(quint32(n))); }

    // Sends the window's shortcut keys to the window.
    // (A window is active again a little after a modal dialog closes, as a user would wait.)
    static void shortcut(MainWindow &w, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        if (QApplication::activeWindow() != &w) {
            w.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&w));
        }
        QTest::keyClick(&w, key, mods);
    }

    void showIncidentsTab(MainWindow &w)
    {
        QTabWidget *tabs = child<QTabWidget>(&w, u"viewTabWidget"_s);
        if (tabs->currentIndex() != 0) {
            QTabBar *bar = tabs->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
        }
    }

    // --- the user's actions -----------------------------------------------------------------

    void typeQuery(MainWindow &w)
    {
        auto *edit = child<QLineEdit>(&w, u"searchLineEdit"_s);
        const QString q = Queries.at(bounded(int(Queries.size())));
        note(u"type query «%1»"_s.arg(q));
        shortcut(w, Qt::Key_F, Qt::ControlModifier); // Find: focus and select the search box
        QTest::keyClick(edit, Qt::Key_Backspace);
        type(edit, q);
        if (bounded(2))
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::qWait(20 + bounded(200));
    }

    void clearQuery(MainWindow &w)
    {
        auto *edit = child<QLineEdit>(&w, u"searchLineEdit"_s);
        note(u"Esc in the search box"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Escape);
        QTest::qWait(20 + bounded(100));
    }

    void clickFacet(MainWindow &w)
    {
        QTreeWidget *tree = child<QTreeWidget>(&w, u"facetTreeWidget"_s);
        QList<QTreeWidgetItem *> items;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            for (int j = 0; j < top->childCount(); ++j)
                items << top->child(j);
        }
        if (items.isEmpty()) {
            note(u"no facets to click"_s);
            return;
        }
        QTreeWidgetItem *item = items.at(bounded(int(items.size())));
        note(u"click facet %1"_s.arg(item->text(0)));
        tree->scrollToItem(item);
        const QRect r = tree->visualItemRect(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
        QTest::qWait(20 + bounded(200));
    }

    void openTrends(MainWindow &w)
    {
        QTabWidget *tabs = child<QTabWidget>(&w, u"viewTabWidget"_s);
        QTabBar *bar = tabs->tabBar();
        note(u"open Trends"_s);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        QWidget *trends = child<QWidget>(&w, u"trendView"_s);
        for (const QString &name : {u"periodComboBox"_s, u"byComboBox"_s, u"metricComboBox"_s}) {
            auto *combo = child<QComboBox>(trends, name);
            if (combo && bounded(2)) {
                combo->setFocus();
                QTest::keyClick(combo, bounded(2) ? Qt::Key_Down : Qt::Key_Up);
                note(u"  %1: %2"_s.arg(name, combo->currentText()));
            }
        }
        QTest::qWait(100 + bounded(400));
        if (bounded(3))
            showIncidentsTab(w);
    }

    // Clicks a loaded row of the table; its key, or empty when there is none.
    QString selectRow(MainWindow &w)
    {
        showIncidentsTab(w);
        IncidentTableView *table = w.table();
        IncidentTableModel *model = w.model();
        if (!table->isVisible() || model->rowCount() == 0)
            return {};
        const int visible =
            std::max(1, table->viewport()->height() / std::max(1, table->rowHeight(0)));
        const int row = bounded(std::min(model->rowCount(), visible));
        const QString key = model->keyAt(row);
        if (key.isEmpty())
            return {};
        const QRect r = table->visualRect(model->index(row, IncidentTableModel::Title));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
        if (!QTest::qWaitFor([&] { return w.detail()->currentKey() == key; }, 3000))
            return {};
        return key;
    }

    void annotate(MainWindow &w)
    {
        const QString key = selectRow(w);
        if (key.isEmpty()) {
            note(u"annotate: no row to select"_s);
            return;
        }
        DetailPane *pane = w.detail();
        Annotation &a = m_made[key];
        switch (bounded(4)) {
        case 0: {
            auto *edit = child<QPlainTextEdit>(pane, u"notePlainTextEdit"_s);
            const QString text = u"soak %1: 要確認、委託先に照会 #%2"_s.arg(m_seed).arg(m_actions);
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(edit, Qt::Key_Backspace);
            type(edit, text);
            if (bounded(2)) {
                // The star clicked before the note is saved: the draft stays.
                auto *star = child<QToolButton>(pane, u"starToolButton"_s);
                QTest::mouseClick(star, Qt::LeftButton);
                a.starred = star->isChecked();
                note(u"star %1 while writing a note: %2"_s.arg(key).arg(star->isChecked()));
                QTest::qWait(50 + bounded(200));
            }
            QTest::mouseClick(child<QPushButton>(pane, u"saveNotePushButton"_s), Qt::LeftButton);
            a.note = text;
            note(u"note on %1: %2"_s.arg(key, text));
            break;
        }
        case 1: {
            auto *star = child<QToolButton>(pane, u"starToolButton"_s);
            QTest::mouseClick(star, Qt::LeftButton);
            a.starred = star->isChecked();
            note(u"star %1: %2"_s.arg(key).arg(star->isChecked()));
            break;
        }
        case 2: {
            auto *edit = child<QLineEdit>(pane, u"tagsLineEdit"_s);
            const QStringList tags{u"soak"_s, u"確認%1"_s.arg(bounded(5))};
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(edit, Qt::Key_Backspace);
            type(edit, tags.join(u", "_s));
            QTest::keyClick(edit, Qt::Key_Return);
            a.tags = tags;
            note(u"tags on %1: %2"_s.arg(key, tags.join(u", "_s)));
            break;
        }
        default: {
            auto *combo = child<QComboBox>(pane, u"causeOverrideComboBox"_s);
            combo->setFocus();
            QTest::keyClick(combo,
                            combo->currentIndex() + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
            a.causeOverride = combo->currentData().toString();
            note(u"cause of %1: %2"_s.arg(key, combo->currentData().toString()));
            break;
        }
        }
        QTest::qWait(20 + bounded(100));
    }

    // Ctrl+E, the options dialog accepted with its OK button, the file from the preset seam.
    void exportCsv(MainWindow &w)
    {
        const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(++m_exports));
        m_dialogs.fileToSave = path;
        note(u"export CSV to %1"_s.arg(path));
        QSignalSpy done(&w, &MainWindow::exportFinished);
        const bool wasBusy = w.isBusy();
        bool dialogSeen = false;
        // The options dialog is modal: its OK button is clicked once it is up.
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!d || d->objectName() != u"exportDialog"_s || !d->isVisible())
                return;
            poll.stop();
            dialogSeen = true;
            auto *box = d->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        poll.start();
        shortcut(w, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(dialogSeen,
                 qPrintable(u"the export dialog did not open (busy: %1); "_s.arg(wasBusy) +
                            lastActions()));
        QVERIFY2(QTest::qWaitFor([&] { return done.count() == 1; }, 60000),
                 qPrintable(u"the export did not end; "_s + lastActions()));
        const QString told = m_dialogs.shown.isEmpty() ? QString() : m_dialogs.shown.last();
        QVERIFY2(told.startsWith(u"Export CSV: "_s) && told.contains(u" incidents written to "_s) &&
                     QFileInfo(path).size() > 0,
                 qPrintable(told + u"; "_s + lastActions()));
    }

    void injectFault()
    {
        switch (bounded(3)) {
        case 0:
            m_replica.failNext(1, 503, "1");
            note(u"replica: next request 503, Retry-After 1"_s);
            break;
        case 1:
            m_replica.dropNext(1);
            note(u"replica: next answer dropped mid-body"_s);
            break;
        default:
            m_replica.failNext(1, 429, "1");
            note(u"replica: next request 429, Retry-After 1"_s);
            break;
        }
    }

    // `light`: no export and no fault, so that the loop looks at the sync's progress often.
    void randomAction(MainWindow &w, bool light = false)
    {
        const int r = bounded(light ? 90 : 100);
        if (r < 30)
            typeQuery(w);
        else if (r < 38)
            clearQuery(w);
        else if (r < 55)
            clickFacet(w);
        else if (r < 67)
            openTrends(w);
        else if (r < 90)
            annotate(w);
        else if (r < 97)
            exportCsv(w);
        else
            injectFault();
    }

    // --- the checks ---------------------------------------------------------------------------

    // The keys of every row the table shows for `query`, scrolling it as a user would.
    QStringList tableKeys(MainWindow &w, const QString &query)
    {
        showIncidentsTab(w);
        w.setQueryText(query);
        if (!QTest::qWaitFor([&] { return settled(w) && w.model()->query().text == query; }, 30000))
            return {u"(the table did not settle)"_s};
        QStringList keys;
        IncidentTableModel *model = w.model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->keyAt(r).isEmpty()) {
                w.table()->scrollTo(model->index(r, 0), QAbstractItemView::PositionAtTop);
                if (!QTest::qWaitFor([&] { return !model->keyAt(r).isEmpty(); }, 30000))
                    return {u"(row %1 did not load)"_s.arg(r)};
            }
            keys << model->keyAt(r);
        }
        return keys;
    }

    static QStringList cliKeys(const QString &db, const QString &query)
    {
        QStringList args{u"--db"_s, db, u"list"_s, u"--json"_s};
        if (!query.isEmpty())
            args << query;
        const auto r = test::runCli(args);
        if (r.exitCode != 0)
            return {u"(cli: %1)"_s.arg(r.errText())};
        QStringList keys;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            keys << v.toObject().value(u"key"_s).toString();
        return keys;
    }

    static QString scalar(const QString &db, const QString &sql)
    {
        auto d = test::openDb(db);
        QSqlQuery q(d->sql());
        if (!q.exec(sql) || !q.next())
            return u"(%1)"_s.arg(q.lastError().text());
        return q.value(0).toString();
    }

    static QStringList column(const QString &db, const QString &sql)
    {
        QStringList out;
        auto d = test::openDb(db);
        QSqlQuery q(d->sql());
        q.exec(sql);
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    static SyncOptions plainSync(const QUrl &url)
    {
        SyncOptions o;
        o.feedUrl = url;
        o.http.backoffMs = 10;
        return o;
    }

    void waitForTask(QSignalSpy &finished, int count, int timeoutMs)
    {
        QVERIFY2(QTest::qWaitFor([&] { return finished.count() >= count; }, timeoutMs),
                 qPrintable(u"the task did not end; "_s + lastActions()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        JIKENBO_REQUIRE_SHARED();
        QVERIFY(m_dir.isValid());
        bool given = false;
        m_seed = quint32(qEnvironmentVariableIntValue("JIKENBO_SOAK_SEED", &given));
        if (!given)
            m_seed = 20250518;
        m_rng.seed(m_seed);
        const int fallback = envInt("JIKENBO_SOAK_DEFAULT_SECONDS", 180);
        m_seconds = std::max(8, envInt("JIKENBO_SOAK_SECONDS", fallback));
        qInfo("soak: seed %u (JIKENBO_SOAK_SEED=%u replays it), %d s (JIKENBO_SOAK_SECONDS)",
              m_seed, m_seed, m_seconds);

        // The blog's real pages, padded with synthetic notices of fictional organisations so that
        // the feed has many pages.
        const auto real =
            BlogReplica::postsFromPages({test::seedsDir(), test::sharedDir() + u"/dev/pages"_s});
        QVERIFY2(real.ok(), qPrintable(real.error()));
        m_posts = real.value() + BlogReplica::syntheticPosts(400);
        m_replica.setPosts(m_posts);
        QVERIFY(m_replica.start());
        settings::feedUrl.set(m_replica.feedUrl().toString());
        settings::lastExportDir.set(m_dir.path());

        // The user's database: the seed pages imported from files, before any sync.
        m_db = m_dir.filePath(u"soak.sqlite"_s);
        QVERIFY(test::importSeeds(m_db) > 0);
    }

    void cleanupTestCase() { settings::feedUrl.set(QString()); }

    // Found by the soak: the window destroyed while a sync waited for the feed hung for ever (the
    // sync's thread was told to quit through the event loop the destructor was blocking).
    void closingTheWindowDuringASyncEnds()
    {
        const QString path = m_dir.filePath(u"closing.sqlite"_s);
        QVERIFY(test::importSeeds(path) > 0);
        auto w = test::openWindow(path, &m_dialogs);
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        m_replica.setServerPageSize(20);
        m_replica.setLatency(1500);
        m_replica.clearRequests();
        shortcut(*w, Qt::Key_F6);
        QVERIFY(w->isBusy());
        QTRY_VERIFY(!m_replica.requests().isEmpty());
        m_dialogs.answer = QMessageBox::Yes; // "A task is still running. Cancel it and quit?"
        QVERIFY(w->close());
        QElapsedTimer t;
        t.start();
        w.reset();
        qInfo("closed in %lld ms", t.elapsed());
        m_replica.setLatency(0);
        m_dialogs.answer = QMessageBox::Ok;
        m_dialogs.shown.clear();
    }

    // Found by the soak: what the user was typing in the note or tags of a notice was replaced by
    // the stored text when the pane refreshed (a star clicked, a sync or import ending, a new
    // query), so Save then stored the old note.
    void aNoteBeingWrittenSurvivesARefresh()
    {
        const QString path = m_dir.filePath(u"draft.sqlite"_s);
        QVERIFY(test::importSeeds(path) > 0);
        auto w = test::openWindow(path, &m_dialogs);
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTRY_VERIFY(settled(*w) && w->model()->rowCount() > 0);
        const QString key = selectRow(*w);
        QVERIFY(!key.isEmpty());
        DetailPane *pane = w->detail();
        auto *noteEdit = child<QPlainTextEdit>(pane, u"notePlainTextEdit"_s);
        auto *tagsEdit = child<QLineEdit>(pane, u"tagsLineEdit"_s);
        auto *star = child<QToolButton>(pane, u"starToolButton"_s);
        noteEdit->setFocus();
        type(noteEdit, u"委託先へ照会中"_s);
        tagsEdit->setFocus();
        type(tagsEdit, u"照会"_s);
        // The star saved: the pane shows the notice again, as a sync or an import ending does.
        QTest::mouseClick(star, Qt::LeftButton);
        QTRY_VERIFY(pane->record() && pane->record()->starred);
        w->findChild<QAction *>(u"reloadAction"_s)->trigger();
        QTest::qWait(100);
        QCOMPARE(noteEdit->toPlainText(), u"委託先へ照会中"_s);
        QCOMPARE(tagsEdit->text(), u"照会"_s);
        QTest::mouseClick(child<QPushButton>(pane, u"saveNotePushButton"_s), Qt::LeftButton);
        tagsEdit->setFocus();
        QTest::keyClick(tagsEdit, Qt::Key_Return);
        QTRY_VERIFY(pane->record() && pane->record()->note == u"委託先へ照会中"_s &&
                    pane->record()->tags == QStringList{u"照会"_s});
        // Another notice shows its own (empty) note.
        w->table()->selectRow(w->table()->currentIndex().row() == 0 ? 1 : 0);
        QTRY_VERIFY(pane->currentKey() != key);
        QCOMPARE(noteEdit->toPlainText(), QString());
        QCOMPARE(tagsEdit->text(), QString());
    }

    void soak()
    {
        QElapsedTimer clock;
        clock.start();
        const qint64 budgetMs = qint64(m_seconds) * 1000;
        auto w = test::openWindow(m_db, &m_dialogs);
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTRY_VERIFY(settled(*w) && w->totalIncidents() > 0);
        QSignalSpy finished(w.get(), &MainWindow::taskFinished);

        // 1. A full sync (F6, the first sync is a full pass), slow enough to last half of the
        // budget, while the user works.
        const int pageSize = 20;
        const int pages = int(m_posts.size() + pageSize - 1) / pageSize;
        const qint64 phase1Ms = budgetMs / 2; // then the cancelled sync, then the checks
        m_replica.setServerPageSize(pageSize);
        m_replica.setLatency(int(std::max<qint64>(50, phase1Ms / (pages + 1))));
        m_replica.clearRequests();
        shortcut(*w, Qt::Key_F6);
        QVERIFY(w->isBusy());
        // An export while the sync runs (it did nothing before: one task at a time).
        exportCsv(*w);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(w->isBusy());
        while (w->isBusy() && clock.elapsed() < phase1Ms) {
            randomAction(*w);
            if (QTest::currentTestFailed())
                return;
        }
        const int duringSync = m_actions;
        m_replica.setLatency(0);
        waitForTask(finished, 1, 120000);
        QCOMPARE(scalar(m_db, u"SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1"_s), u"ok"_s);
        qInfo("soak: %d user actions during the full sync (%lld ms, %d feed pages)", duringSync,
              clock.elapsed(), pages);

        // 2. New posts on the blog; a sync cancelled halfway with the Cancel button, then resumed.
        const QList<FakePost> fresh = BlogReplica::syntheticPosts(200, 400);
        for (const FakePost &p : fresh)
            m_replica.addPost(p);
        const int freshPages = int(fresh.size() + pageSize - 1) / pageSize;
        const qint64 phase2Ms = std::max<qint64>(4000, budgetMs * 3 / 4 - clock.elapsed());
        m_replica.setLatency(int(std::max<qint64>(50, phase2Ms / 2 / (freshPages + 1))));
        m_replica.clearRequests();
        const qint64 before = scalar(m_db, u"SELECT count(*) FROM incidents"_s).toLongLong();
        shortcut(*w, Qt::Key_F6);
        QVERIFY(w->isBusy());
        auto *progress = child<QProgressBar>(w.get(), u"taskProgressBar"_s);
        while (w->isBusy() &&
               !(progress->maximum() > 0 && progress->value() * 2 >= progress->maximum())) {
            randomAction(*w, true);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(w->isBusy(), "the sync ended before it was half done");
        note(u"Cancel at page %1 of %2"_s.arg(progress->value()).arg(progress->maximum()));
        QTest::mouseClick(child<QToolButton>(w.get(), u"cancelTaskToolButton"_s), Qt::LeftButton);
        waitForTask(finished, 2, 60000);
        QCOMPARE(scalar(m_db, u"SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1"_s),
                 u"cancelled"_s);
        const qint64 partway = scalar(m_db, u"SELECT count(*) FROM incidents"_s).toLongLong();
        QVERIFY2(partway > before && partway < before + fresh.size(),
                 qPrintable(u"%1 incidents before, %2 after the cancelled sync"_s.arg(before).arg(
                     partway)));

        m_replica.setLatency(0);
        m_replica.clearRequests();
        shortcut(*w, Qt::Key_F6);
        QVERIFY(w->isBusy());
        while (w->isBusy() && bounded(2))
            randomAction(*w);
        waitForTask(finished, 3, 120000);
        QCOMPARE(scalar(m_db, u"SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1"_s), u"ok"_s);
        // It went on from where the cancelled one stopped.
        const QList<test::HttpRequest> requests = m_replica.requests();
        QVERIFY(!requests.isEmpty());
        QVERIFY2(requests.first().query.queryItemValue(u"start-index"_s).toInt() > 1,
                 requests.first().target.constData());
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM incidents"_s).toLongLong(),
                 before + fresh.size());

        // 3. The checks.
        const qint64 checksFrom = clock.elapsed();
        qInfo("soak: the user's part took %lld ms", checksFrom);
        QCOMPARE(scalar(m_db, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM pragma_foreign_key_check"_s), u"0"_s);
        for (const QString &shown : std::as_const(m_dialogs.shown)) {
            QVERIFY2(shown.startsWith(u"Sync: "_s) || shown.startsWith(u"Export CSV: "_s),
                     qPrintable(shown));
            QVERIFY2(!shown.contains(u"error(s)"_s) || shown.contains(u" 0 error(s)"_s),
                     qPrintable(shown));
        }
        // Every annotation made is there.
        {
            auto db = test::openDb(m_db);
            IncidentStore store(*db);
            for (const auto &[key, a] : m_made) {
                const auto r = store.byKey(key, true);
                QVERIFY2(r.ok() && r.value(), qPrintable(u"%1 is gone"_s.arg(key)));
                const IncidentRecord &rec = *r.value();
                if (a.note)
                    QCOMPARE(rec.note, *a.note);
                if (a.starred)
                    QCOMPARE(rec.starred, *a.starred);
                if (a.tags)
                    QCOMPARE(rec.tags, *a.tags);
                if (a.causeOverride)
                    QCOMPARE(rec.causeOverride, *a.causeOverride);
            }
        }
        // The incidents are those of the same pages imported and synced without a user.
        const QString reference = m_dir.filePath(u"reference.sqlite"_s);
        QVERIFY(test::importSeeds(reference) > 0);
        {
            auto db = test::openDb(reference);
            const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
            FeedSync job(*db, classifier, plainSync(m_replica.feedUrl()));
            QCOMPARE(job.run().status, u"ok"_s);
        }
        const QString keysSql = u"SELECT key FROM incidents ORDER BY key"_s;
        QCOMPARE(column(m_db, keysSql), column(reference, keysSql));
        qInfo("soak: reference sync done at %lld ms", clock.elapsed());
        // The table agrees with the CLI.
        for (const QString &q : {QString(), u"紛失"_s, u"cause:misconfiguration"_s, u"has:note"_s,
                                 u"is:starred OR tag:soak"_s, u"year:2023 sector:company"_s}) {
            const QStringList table = tableKeys(*w, q);
            const QStringList cli = cliKeys(m_db, q);
            QVERIFY2(table == cli,
                     qPrintable(u"query «%1»: the table shows %2 rows, the CLI lists %3"_s.arg(q)
                                    .arg(table.size())
                                    .arg(cli.size())));
        }
        qInfo("soak: %d user actions, %zu notices annotated, %d CSV exports, %lld ms (checks: %lld "
              "ms)",
              m_actions, m_made.size(), m_exports, clock.elapsed(), clock.elapsed() - checksFrom);
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
