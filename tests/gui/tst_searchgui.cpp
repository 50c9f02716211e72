// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the real window (offscreen): the synonyms searched are shown under the search box,
// relevance order from the View menu, and an outdated search index rebuilt as a task.
#include "DetailPane.h"
#include "DialogProvider.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "SafeTextBrowser.h"
#include "SearchBar.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "models/IncidentTableModel.h"
#include "search/JapaneseTokenizer.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/SearchIndex.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestSearchGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seedsDb;
    ScriptedDialogs m_dialogs;

    std::unique_ptr<MainWindow> open(const QString &dbPath, bool updateSearchIndex = true)
    {
        Database::Options o;
        o.updateSearchIndex = updateSearchIndex;
        return test::openWindow(dbPath, &m_dialogs, o);
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

    void synonymsAreShown()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QLabel *note = w->findChild<QLabel *>(u"synonymLabel"_s);
        QVERIFY(note);
        QAction *synonyms = w->findChild<QAction *>(u"synonymAction"_s);
        QVERIFY(synonyms);
        synonyms->setChecked(false);
        w->setQueryText(u"漏えい"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 43);
        QVERIFY(note->isHidden());

        synonyms->setChecked(true);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 59);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"流出, 漏れ (for 漏えい)"_s), qPrintable(note->text()));
        // The notice highlights the synonyms it was found by.
        w->table()->selectRow(0);
        QTRY_VERIFY(!w->detail()->currentKey().isEmpty());
        const QString html = w->detail()->browser()->toHtml();
        QVERIFY(html.contains(u"漏え"_s) || html.contains(u"流出"_s));

        // A word without synonyms: nothing to show.
        w->setQueryText(u"県警"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 2);
        QVERIFY(note->isHidden());
        synonyms->setChecked(false);
        w->setQueryText(u"漏えい"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 43);
        QVERIFY(note->isHidden());
    }

    void relevanceOrderFromTheViewMenu()
    {
        auto w = open(m_seedsDb);
        QVERIFY(w);
        QAction *relevance = w->findChild<QAction *>(u"relevanceAction"_s);
        QVERIFY(relevance);
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
        relevance->setChecked(true);
        QTRY_VERIFY(settled(*w) && w->model()->sortColumn() == SortColumn::Relevance);
        QTRY_VERIFY(w->model()->recordAt(0) != nullptr);
        QVERIFY(w->model()->recordAt(0)->title.contains(u"紛失"_s));
        QVERIFY(!w->table()->horizontalHeader()->isSortIndicatorShown());
        // The same order as jikenbo-cli list --sort relevance.
        ListOptions o;
        o.sort = SortColumn::Relevance;
        const auto rows = IncidentQuery::fetch(w->database(), w->model()->query(), o).value();
        for (int r = 0; r < rows.size(); ++r)
            QCOMPARE(w->model()->keyAt(r), rows[r].key);
        // A header click sorts by that column again.
        w->table()->horizontalHeader()->setSortIndicator(IncidentTableModel::Organization,
                                                         Qt::AscendingOrder);
        QTRY_VERIFY(settled(*w) && w->model()->sortColumn() == SortColumn::Organization);
        QVERIFY(!relevance->isChecked());
        QVERIFY(w->table()->horizontalHeader()->isSortIndicatorShown());
    }

    void outdatedIndexIsRebuiltAsATask()
    {
        const QString path = m_dir.filePath(u"outdated.sqlite"_s);
        {
            auto db = test::openDb(m_seedsDb);
            QSqlQuery q(db->sql());
            q.prepare(u"VACUUM INTO ?"_s);
            q.addBindValue(path);
            QVERIFY(q.exec());
        }
        {
            Database::Options o;
            o.updateSearchIndex = false;
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->sql());
            QVERIFY(
                q.exec(u"UPDATE meta SET value = '1' WHERE name = 'search.tokenizer_version'"_s));
            QVERIFY(q.exec(u"INSERT INTO incident_fts (incident_fts) VALUES ('delete-all')"_s));
        }
        m_dialogs.shown.clear();
        auto w = open(path, /*updateSearchIndex*/ false);
        QVERIFY(w);
        QSignalSpy finished(w.get(), &MainWindow::taskFinished);
        QTRY_VERIFY(w->isBusy() || finished.count() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(!SearchIndex::needsRebuild(w->database()).value());
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 10);
        QVERIFY2(m_dialogs.shown.isEmpty(), qPrintable(m_dialogs.shown.join(u'\n')));
    }
};

QTEST_MAIN(TestSearchGui)
#include "tst_searchgui.moc"
