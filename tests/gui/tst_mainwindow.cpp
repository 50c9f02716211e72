// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, driven as a user would (offscreen platform).
#include "DetailPane.h"
#include "DialogProvider.h"
#include "FacetPanel.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "SafeTextBrowser.h"
#include "SearchBar.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Types text as key events, one character at a time (keyClicks aborts on non-ASCII).
void type(QWidget *w, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

using test::writeFile;

// Calls `seen` for each event of a type an object receives.
class EventWatch : public QObject
{
public:
    EventWatch(QObject *target, QEvent::Type type, std::function<void()> seen)
        : m_type(type)
        , m_seen(std::move(seen))
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            m_seen();
        return false;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_seen;
};

const QByteArray htmlNotice =
    "【セキュリティ事件簿#2025-777】株式会社ツバキ電機 ウェブサイト改ざんに関するお知らせ "
    "2025/3/3\n\n\n"
    "改ざんされたページには次のタグが埋め込まれていました。\n\n"
    "<img src=http://attacker.example/track.png> と <script>alert('x')</script>\n\n"
    "現在は復旧しております。\n";

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seedsDb;
    ScriptedDialogs m_dialogs;

    std::unique_ptr<MainWindow> open(const QString &dbPath)
    {
        return test::openWindow(dbPath, &m_dialogs);
    }

    static bool settled(MainWindow &w) { return !w.model()->isLoading(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        JIKENBO_REQUIRE_SHARED();
        QVERIFY(m_dir.isValid());
        m_seedsDb = m_dir.filePath(u"seeds.sqlite"_s);
        QCOMPARE(test::importSeeds(m_seedsDb), 74);
    }

    void modelIsAGoodModel()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QTRY_COMPARE(w->model()->matchCount(), 74);
        QAbstractItemModelTester tester(w->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
        w->table()->sortByColumn(IncidentTableModel::Organization, Qt::AscendingOrder);
        QTRY_VERIFY(settled(*w));
        QCOMPARE(w->model()->rowCount(), 10);
    }

    // On a small screen (1024 wide) the window fits, and the facets keep room for their names:
    // the Trends controls that do not fit go to their tool bar's extension menu rather than
    // widening the window or squeezing the facets.
    void fitsASmallScreen()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QTRY_COMPARE(w->model()->matchCount(), 74);
        QVERIFY2(w->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(w->minimumSizeHint().width())));
        w->resize(1024, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QCOMPARE(w->width(), 1024);
        QVERIFY(w->facets()->minimumWidth() > 0);
        QVERIFY(w->facets()->width() >= w->facets()->minimumWidth());
        auto *tree = w->facets()->findChild<QTreeWidget *>(u"facetTreeWidget"_s);
        QVERIFY(tree);
        QTRY_VERIFY(tree->topLevelItem(0)->childCount() > 0);
        // The first cause's name is shown whole, not elided.
        const QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
        const QRect name = tree->visualItemRect(first);
        QVERIFY(tree->columnWidth(0) - tree->indentation() * 2 - 16 >=
                tree->fontMetrics().horizontalAdvance(first->text(0)) - 1);
        QVERIFY(name.isValid());
        // On the Trends tab the chart's actions keep their room; the settings give way first.
        w->tabs()->setCurrentIndex(1);
        for (const QString &object : {u"exportToolButton"_s, u"showIncidentsToolButton"_s}) {
            auto *button = w->findChild<QToolButton *>(object);
            QVERIFY(button);
            QTRY_VERIFY2(button->isVisible(), qPrintable(object));
        }
    }

    void typingAQueryFiltersTheTable()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QTRY_COMPARE(w->totalIncidents(), 74);
        QLineEdit *search = w->findChild<QLineEdit *>(u"searchLineEdit"_s);
        QVERIFY(search);
        search->setFocus();
        type(search, u"紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
        QLabel *count = w->findChild<QLabel *>(u"countLabel"_s);
        QTRY_VERIFY(count->text().startsWith(u"10 of 74"_s));
        // A field term, typed.
        search->clear();
        type(search, u"cause:misconfiguration"_s);
        QTest::keyClick(search, Qt::Key_Return);
        const qint64 expected =
            IncidentQuery::count(
                w->database(),
                QueryParser::parse(u"cause:misconfiguration"_s, Taxonomy::builtIn()).query)
                .value();
        QVERIFY(expected >= 20); // the 20 posts of the 設定ミス label page at least
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == expected);
    }

    void malformedQueryKeepsTheRows()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        w->setQueryText(u"USBメモリ"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() > 0);
        const qint64 before = w->model()->matchCount();
        w->setQueryText(u"USBメモリ cause:aliens"_s);
        QLabel *error = w->findChild<QLabel *>(u"queryErrorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"unknown cause"_s));
        QCOMPARE(w->model()->matchCount(), before);
        w->setQueryText(u"USBメモリ"_s);
        QTRY_VERIFY(!error->isVisible());
    }

    void selectingARowShowsTheNotice()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        w->setQueryText(u"case:2023-243"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 2);
        w->table()->selectRow(1);
        const IncidentRecord *r = w->model()->recordAt(1);
        QVERIFY(r);
        QTRY_COMPARE(w->detail()->currentKey(), r->key);
        const QString shown = w->detail()->browser()->toPlainText();
        QVERIFY(shown.contains(r->title));
        QVERIFY(shown.contains(r->organization));
        // The follow-up links to the first notice; following the link navigates, Back returns.
        w->table()->selectRow(0);
        const IncidentRecord *first = w->model()->recordAt(0);
        QTRY_COMPARE(w->detail()->currentKey(), first->key);
    }

    // The notice pane says why a count is missing (the counts found, with what each counts) and
    // what the learned model thinks of the cause, with the character pairs that weighed most.
    void detailShowsCountCandidatesAndSecondOpinion()
    {
        // Fictional label pages the model learns from, and a notice the rules are unsure of.
        const QString pages = m_dir.filePath(u"opinion-pages"_s);
        QVERIFY(QDir().mkpath(pages));
        auto labelPage = [](const QString &label, int firstSeq, const QString &title,
                            const QString &body) {
            QString page = u"ラベル %1 の投稿を表示しています。\n\n"_s.arg(label);
            for (int i = 0; i < 12; ++i)
                page += u"【セキュリティ事件簿#2025-%1】株式会社ミナモ%2 %3 2025/3/%4\n\n\n%5\n\n"_s
                            .arg(firstSeq + i)
                            .arg(i)
                            .arg(title)
                            .arg(i + 1)
                            .arg(body.arg(i + 3));
            return page.toUtf8();
        };
        QVERIFY(
            writeFile(pages + u"/setting.txt"_s,
                      labelPage(u"インシデント:設定ミス"_s, 500, u"共有フォルダの公開について"_s,
                                u"共有フォルダのリンクが誰でも開ける公開リンクでした。%1件の名簿"
                                "がありました。リンクの権限を見直しました。"_s)));
        QVERIFY(
            writeFile(pages + u"/enclosed.txt"_s,
                      labelPage(u"インシデント:誤操作"_s, 600, u"書類の同封について"_s,
                                u"発送準備の際、別の方の一覧表を封筒に同封して発送しました。%1名の"
                                "方にお詫びし、同封物の確認を二人で行います。"_s)));
        QVERIFY(writeFile(
            pages + u"/notice.txt"_s,
            "【セキュリティ事件簿#2025-700】株式会社モモ お客様情報の取扱いについて 2025/4/1\n\n\n"
            "発送準備の際、担当者の確認不足により、名簿の一覧表を同封して発送しました。"
            "お客様の情報が閲覧できる状態でした。同封物の確認を二人で行います。\n\n"
            "会員情報3,100件が流出した可能性があります。\n"
            "また、取引先情報2,900件が流出した可能性があります。\n"));
        const QString dbPath = m_dir.filePath(u"opinion.sqlite"_s);
        {
            auto db = Database::open(dbPath);
            QVERIFY(db.ok());
            const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
            Importer importer(*db.value(), classifier);
            QCOMPARE(importer.importPaths({pages}).added, 25);
        }
        auto w = open(dbPath);
        QVERIFY(w);
        w->setQueryText(u"case:2025-700"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 1);
        w->table()->selectRow(0);
        QTRY_VERIFY(!w->detail()->currentKey().isEmpty());
        const QString shown = w->detail()->browser()->toPlainText();
        QVERIFY2(shown.contains(u"unknown — candidates: 3,100 record"_s),
                 qPrintable(shown.left(600)));
        QVERIFY(shown.contains(u"Second opinion"_s));
        QVERIFY(shown.contains(u"learned from 24 labelled notices"_s));
        QVERIFY(shown.contains(u"top features: 「"_s));
        QVERIFY(shown.contains(u"it decided the cause"_s));
        QVERIFY(shown.contains(u"by the learned model where the rules were unsure"_s));
        QVERIFY(shown.contains(u"the rules said Misconfiguration"_s));
    }

    void keyboardNavigation()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        w->setQueryText(QString());
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 74);
        w->table()->setFocus();
        w->table()->selectRow(0);
        QTRY_COMPARE(w->detail()->currentKey(), w->model()->keyAt(0));
        QTest::keyClick(w->table(), Qt::Key_Down);
        QTRY_COMPARE(w->detail()->currentKey(), w->model()->keyAt(1));
        QTest::keyClick(w->table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(w->table()->currentIndex().row(), 73);
        QTRY_COMPARE(w->detail()->currentKey(), w->model()->keyAt(73));
        // Rows are selected whole: Home and End alone go to the first and the last row, in the
        // same column.
        const int column = w->table()->currentIndex().column();
        QTest::keyClick(w->table(), Qt::Key_Home);
        QTRY_COMPARE(w->table()->currentIndex().row(), 0);
        QCOMPARE(w->table()->currentIndex().column(), column);
        QTRY_COMPARE(w->detail()->currentKey(), w->model()->keyAt(0));
        QTest::keyClick(w->table(), Qt::Key_End);
        QTRY_COMPARE(w->table()->currentIndex().row(), 73);
        QCOMPARE(w->table()->currentIndex().column(), column);
        QTRY_COMPARE(w->detail()->currentKey(), w->model()->keyAt(73));
        // Ctrl+F focuses the search box; Esc there clears it.
        QTest::keySequence(w.get(), QKeySequence::Find);
        QTRY_VERIFY(w->searchBar()->lineEdit()->hasFocus());
        type(w->searchBar()->lineEdit(), u"県警"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() < 74);
        QTest::keyClick(w->searchBar()->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 74);
        QVERIFY(w->searchBar()->text().isEmpty());
    }

    // A row the user chooses while a query runs (a slow one on a large database) is the row
    // current when its result comes, not the row current when the query started; without a
    // choice the row current at the start is kept; a choice the new result does not hold
    // leaves no row current and the notice in the pane.
    void rowChosenWhileAQueryRunsStaysChosen()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
        w->table()->selectRow(0);
        const QString started = w->model()->keyAt(0);
        QTRY_COMPARE(w->detail()->currentKey(), started);
        // The worker held, so that the query surely still runs when the user clicks.
        struct Hold
        {
            QSemaphore gate;
            bool held = false;
            void on(QueryWorker *worker)
            {
                held = true;
                QMetaObject::invokeMethod(worker, [this] { gate.acquire(); });
            }
            void release()
            {
                if (std::exchange(held, false))
                    gate.release();
            }
            ~Hold() { release(); }
        };
        auto clickRow = [&](int row) {
            const QRect r = w->table()->visualRect(w->model()->index(row, IncidentTableModel::Title));
            QTest::mouseClick(w->table()->viewport(), Qt::LeftButton, {}, r.center());
        };
        auto currentKey = [&] {
            const QModelIndex i = w->table()->currentIndex();
            return i.isValid() ? w->model()->keyAt(i.row()) : QString();
        };
        {
            Hold hold;
            hold.on(w->worker());
            w->setQueryText(QString());
            QVERIFY(w->model()->isLoading());
            clickRow(5);
            const QString chosen = w->model()->keyAt(5);
            QVERIFY(chosen != started);
            QTRY_COMPARE(w->detail()->currentKey(), chosen);
            hold.release();
            QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 74);
            QTRY_COMPARE(currentKey(), chosen);
            QCOMPARE(w->detail()->currentKey(), chosen);
        }
        const QString kept = currentKey();
        {
            Hold hold;
            hold.on(w->worker());
            w->setQueryText(u"紛失"_s);
            hold.release();
            QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
            QTRY_COMPARE(currentKey(), kept);
        }
        // Chosen while a query runs that does not match it.
        const int row = w->table()->currentIndex().row() == 0 ? 1 : 0;
        const IncidentRecord *r = w->model()->recordAt(row);
        QVERIFY(r && !r->caseId.isEmpty());
        const QString excluded = r->key;
        {
            Hold hold;
            hold.on(w->worker());
            w->setQueryText(u"紛失 -case:"_s + r->caseId);
            clickRow(row);
            QTRY_COMPARE(w->detail()->currentKey(), excluded);
            QSignalSpy located(w->model(), &IncidentTableModel::rowLocated);
            hold.release();
            QTRY_VERIFY(settled(*w) && w->model()->matchCount() < 10);
            QTRY_COMPARE(located.count(), 1);
            QCOMPARE(located.front().at(1).toLongLong(), qint64(-1));
            QCOMPARE(currentKey(), QString());
            QCOMPARE(w->detail()->currentKey(), excluded);
        }
    }

    // Every widget the keyboard can reach tells a screen reader what it is; Tab goes from the
    // search box to the table, the notice and the facets; every menu and action has a name
    // and the menus a mnemonic.
    void accessibleAndKeyboardReachable()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 74);
        w->table()->selectRow(0);
        QTRY_VERIFY(!w->detail()->currentKey().isEmpty());

        QStringList unnamed;
        for (QWidget *child : w->findChildren<QWidget *>()) {
            if (!child->isVisibleTo(w.get()) || !(child->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(child);
            QVERIFY(a);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(child->metaObject()->className()) + u' ' +
                               child->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", ")));

        // The Tab chain from the search box: the table, then the notice, then the facets.
        QList<QWidget *> chain;
        QWidget *at = w->searchBar()->lineEdit();
        for (int i = 0; i < 200 && (chain.isEmpty() || at != chain.first()); ++i) {
            if (at->isVisibleTo(w.get()) && (at->focusPolicy() & Qt::TabFocus))
                chain << at;
            at = at->nextInFocusChain();
        }
        const qsizetype search = chain.indexOf(w->searchBar()->lineEdit());
        const qsizetype table = chain.indexOf(w->table());
        const qsizetype facets = chain.indexOf(w->facets()->tree());
        qsizetype notice = -1;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            if (qobject_cast<SafeTextBrowser *>(chain[i]) && w->detail()->isAncestorOf(chain[i]))
                notice = i;
        }
        QCOMPARE(search, 0);
        QVERIFY2(table > search && notice > table && facets > notice,
                 qPrintable(u"tab order: search %1, table %2, notice %3, facets %4"_s.arg(search)
                                .arg(table)
                                .arg(notice)
                                .arg(facets)));

        // Menus: a mnemonic on each title, a name on each action.
        const QList<QAction *> menus = w->menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        for (QAction *menuAction : menus) {
            QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text()));
            QVERIFY(menuAction->menu());
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator() || a->menu())
                    continue;
                QVERIFY2(!a->text().trimmed().isEmpty(), qPrintable(menuAction->text()));
            }
        }
    }

    // A facet alone (served by one index, newest first) gives the same rows and facet counts
    // as the list the CLI prints.
    void facetAloneMatchesTheCli()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        for (const QString &query :
             {u"year:2023"_s, u"cause:misconfiguration"_s, u"sector:local_government"_s}) {
            w->setQueryText(query);
            QTRY_VERIFY(settled(*w) && w->searchBar()->text() == query);
            const test::CliResult r = test::runCli(
                {u"--db"_s, m_seedsDb, u"--json"_s, u"list"_s, query, u"--limit"_s, u"1000"_s});
            QCOMPARE(r.exitCode, 0);
            const QJsonArray cli = QJsonDocument::fromJson(r.out).array();
            QVERIFY(!cli.isEmpty());
            QTRY_COMPARE(w->model()->matchCount(), qint64(cli.size()));
            for (int row = 0; row < cli.size(); ++row) {
                QTRY_VERIFY(w->model()->recordAt(row));
                QCOMPARE(w->model()->keyAt(row), cli[row].toObject().value(u"key"_s).toString());
            }
            // The facets come after the rows (the previous query's stay until then).
            auto causeTotal = [&w] {
                qint64 sum = 0;
                QTreeWidgetItem *causes = w->facets()->tree()->topLevelItem(0);
                for (int i = 0; causes && i < causes->childCount(); ++i)
                    sum += causes->child(i)->text(1).toLongLong();
                return sum;
            };
            QTRY_COMPARE(causeTotal(), qint64(cli.size()));
        }
    }

    void facetAddsItsTerm()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
        QTreeWidget *tree = w->facets()->tree();
        QTreeWidgetItem *sectors = tree->topLevelItem(1);
        QTRY_VERIFY(sectors->childCount() > 0);
        QTreeWidgetItem *medical = nullptr;
        for (int i = 0; i < sectors->childCount(); ++i) {
            if (sectors->child(i)->data(0, Qt::UserRole + 1).toString() == u"sector:medical"_s)
                medical = sectors->child(i);
        }
        QVERIFY(medical);
        const qint64 expected = medical->text(1).toLongLong();
        tree->scrollToItem(medical);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(medical).center());
        QTRY_COMPARE(w->searchBar()->text(), u"紛失 sector:medical"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == expected);
    }

    // The facts not every notice has (contractor, data leaked) show their heading only when some
    // match has them.
    // A result's first rows are painted before its facet counts are asked for: over many
    // matches the count runs on two threads, which took the cores from that paint.
    void rowsPaintedBeforeFacetsAreCounted()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QTRY_VERIFY(settled(*w));
        QStringList seen;
        quint64 gen = 0;
        const auto shown = [&] {
            return !w->model()->isLoading() && w->model()->latestGeneration() == gen;
        };
        EventWatch paints(w->table()->viewport(), QEvent::Paint, [&] {
            if (gen && shown() && !seen.contains(u"paint"_s))
                seen << u"paint"_s;
        });
        QObject::connect(w->worker(), &QueryWorker::facetsReady, &paints,
                         [&](quint64 generation, const FacetCounts &) {
                             if (gen && generation == gen)
                                 seen << u"facets"_s;
                         });
        for (const QString &text : {u"紛失"_s, QString(), u"cause:ransomware"_s}) {
            seen.clear();
            w->setQueryText(text);
            QVERIFY(w->model()->isLoading());
            gen = w->model()->latestGeneration();
            QTRY_VERIFY(seen.contains(u"facets"_s));
            QCOMPARE(seen, (QStringList{u"paint"_s, u"facets"_s}));
        }
    }

    void optionalFacetsOnlyWhenSomeMatchHasThem()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QTreeWidgetItem *contractor = w->facets()->tree()->topLevelItem(4);
        QVERIFY(contractor);
        w->setQueryText(u"via:contractor"_s);
        QTRY_VERIFY(settled(*w) && w->searchBar()->text() == u"via:contractor"_s);
        QVERIFY(w->model()->matchCount() > 0);
        QTRY_VERIFY(!contractor->isHidden() && contractor->childCount() == 1);
        QCOMPARE(contractor->child(0)->text(1).toLongLong(), w->model()->matchCount());
        w->setQueryText(u"-via:contractor"_s);
        QTRY_VERIFY(settled(*w) && w->searchBar()->text() == u"-via:contractor"_s);
        QVERIFY(w->model()->matchCount() > 0);
        QTRY_VERIFY(contractor->isHidden());
        QCOMPARE(contractor->childCount(), 0);
    }

    void causeOverridePersists()
    {
        const QString db = m_dir.filePath(u"override.sqlite"_s);
        QVERIFY(QFile::copy(m_seedsDb, db));
        QString key;
        {
            auto w = open(db);
            QVERIFY(w);
            w->setQueryText(u"case:2024-012"_s);
            QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 1);
            w->table()->selectRow(0);
            QTRY_VERIFY(w->detail()->record().has_value());
            key = w->detail()->currentKey();
            QComboBox *combo = w->detail()->findChild<QComboBox *>(u"causeOverrideComboBox"_s);
            const int insider = combo->findData(u"insider"_s);
            QVERIFY(insider > 0);
            combo->setCurrentIndex(insider);
            Q_EMIT combo->activated(insider);
            // Shown at once in the table and the facets.
            QTRY_COMPARE(w->model()
                             ->data(w->model()->index(0, IncidentTableModel::Cause),
                                    IncidentTableModel::CauseKeyRole)
                             .toString(),
                         u"insider"_s);
        }
        // After closing and reopening the database, and after re-importing the seeds.
        {
            auto d = test::openDb(db);
            const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
            Importer importer(*d, classifier);
            const ImportSummary s = importer.importPaths({test::seedsDir()});
            QCOMPARE(s.added, 0);
        }
        auto w = open(db);
        QVERIFY(w);
        w->setQueryText(u"case:2024-012 cause:insider origin:user"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 1);
        QCOMPARE(w->model()->keyAt(0), key);
    }

    // A broken rules file is refused in Settings with its error; a good one is taken, and the
    // window classifies everything again with it.
    void rulesFileInSettings()
    {
        const QString db = m_dir.filePath(u"rules.sqlite"_s);
        QVERIFY(QFile::copy(m_seedsDb, db));
        auto w = open(db);
        QVERIFY(w);
        QTRY_COMPARE(w->totalIncidents(), 74);
        const QString broken = m_dir.filePath(u"broken-rules.json"_s);
        QVERIFY(writeFile(broken, "{ \"causes\": { \"ransomware\": [ { \"id\": \"x\", \"pattern\": "
                                  "\"(\", \"title\": 1 } ] }, \"sectors\": {} }"));
        const QString before = settings::rulesFile.get();
        {
            SettingsDialog dialog(m_dialogs, w.get());
            dialog.findChild<QLineEdit *>(u"rulesFileLineEdit"_s)->setText(broken);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QLabel *error = dialog.findChild<QLabel *>(u"rulesErrorLabel"_s);
            QVERIFY(!error->isHidden());
            QVERIFY2(error->text().contains(broken), qPrintable(error->text()));
            QCOMPARE(settings::rulesFile.get(), before);
        }
        // Every rule of its own: everything becomes "other" by the fallback.
        const QString good = m_dir.filePath(u"good-rules.json"_s);
        QVERIFY(writeFile(
            good, "{ \"causes\": { \"other\": [ { \"id\": \"anything\", \"pattern\": \"個人情報\", "
                  "\"title\": 5, \"body\": 5 } ] }, \"sectors\": { \"company\": [ { \"id\": "
                  "\"all\", \"pattern\": \".\", \"organization\": 5 } ] } }"));
        SettingsDialog dialog(m_dialogs, w.get());
        dialog.findChild<QLineEdit *>(u"rulesFileLineEdit"_s)->setText(good);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.rulesChanged());
        QCOMPARE(settings::rulesFile.get(), good);
        QSignalSpy done(w.get(), &MainWindow::taskFinished);
        m_dialogs.shown.clear();
        w->reclassifyAll();
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(m_dialogs.shown.last().contains(u"classified again"_s));
        w->setQueryText(u"origin:rule -cause:other"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 0);
        w->setQueryText(u"sector:company"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 74);
        settings::rulesFile.set(QString());
    }

    void importThroughTheMenu()
    {
        const QString db = m_dir.filePath(u"import.sqlite"_s);
        QVERIFY(test::openDb(db));
        auto w = open(db);
        QVERIFY(w);
        // The empty state says what to do.
        QStackedWidget *stack = w->findChild<QLabel *>(u"emptyStateLabel"_s)
                                    ->parentWidget()
                                    ->findChild<QStackedWidget *>();
        QLabel *empty = w->findChild<QLabel *>(u"emptyStateLabel"_s);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"Import"_s));
        Q_UNUSED(stack)

        const QString page = m_dir.filePath(u"html-notice.txt"_s);
        QVERIFY(writeFile(page, htmlNotice));
        m_dialogs.filesToOpen = {page};
        m_dialogs.shown.clear();
        QSignalSpy done(w.get(), &MainWindow::taskFinished);
        w->findChild<QAction *>(u"importAction"_s)->trigger();
        QTRY_COMPARE(done.count(), 1);
        QTRY_COMPARE(w->totalIncidents(), 1);
        QVERIFY(!m_dialogs.shown.isEmpty());
        QVERIFY(m_dialogs.shown.last().contains(u"1 added"_s));
        QTRY_VERIFY(!empty->isVisible());

        // Markup in a notice is text: nothing is loaded, nothing runs.
        w->table()->selectRow(0);
        QTRY_VERIFY(w->detail()->record().has_value());
        SafeTextBrowser *browser = w->detail()->browser();
        QVERIFY(browser->toPlainText().contains(u"<img src=http://attacker.example/track.png>"_s));
        QVERIFY(browser->toPlainText().contains(u"<script>alert('x')</script>"_s));
        QCOMPARE(browser->refusedRemoteRequests(), 0);
        QVERIFY(!browser->document()->toHtml().contains(u"<img"_s));

        // A query that matches nothing shows its own empty state.
        w->setQueryText(u"ランサムウェア"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"No incidents match"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
