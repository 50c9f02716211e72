// SPDX-License-Identifier: GPL-3.0-or-later
// The Trends tab of the real window (offscreen platform): it follows the query, agrees with
// `jikenbo-cli stats`, drills down into the table and back, and renders and exports.
#include "DialogProvider.h"
#include "MainWindow.h"
#include "SearchBar.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "TrendChartBuilder.h"
#include "TrendExportDialog.h"
#include "TrendView.h"
#include "UnknownSizeStrip.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "models/IncidentTableModel.h"
#include "models/TrendModel.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/TrendQuery.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestTrendView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seedsDb;
    ScriptedDialogs m_dialogs;

    std::unique_ptr<MainWindow> open()
    {
        auto w = test::openWindow(m_seedsDb, &m_dialogs);
        if (w)
            w->tabs()->setCurrentWidget(w->trends());
        return w;
    }

    static bool current(MainWindow &w)
    {
        return w.trends()->model()->isCurrent() && !w.model()->isLoading();
    }

    static qint64 count(MainWindow &w, const QString &query)
    {
        return IncidentQuery::count(w.database(),
                                    QueryParser::parse(query, Taxonomy::builtIn()).query)
            .value();
    }

    static QAbstractBarSeries *bars(QChart *chart)
    {
        const QList<QAbstractSeries *> s = chart->series();
        return s.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(s.first());
    }

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
        auto w = open();
        QVERIFY(w);
        TrendModel *m = w->trends()->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(current(*w));
        QCOMPARE(m->rowCount(), m->trend().periods.size());
        QCOMPARE(m->columnCount(), m->trend().keys.size() + 1);
        w->trends()->setMetric(TrendModel::Metric::People);
        QCOMPARE(m->columnCount(), m->trend().keys.size() + 2);
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(current(*w));
        w->trends()->setOptions({TrendBy::Sector, TrendPeriod::Quarter});
        QTRY_VERIFY(current(*w));
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), m->trend().periods.first());
    }

    // The numbers the chart draws are those `jikenbo-cli stats --json` prints.
    void agreesWithTheCli_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("period");
        QTest::newRow("all by cause per month") << QString() << u"cause"_s << u"month"_s;
        QTest::newRow("all by sector per quarter") << QString() << u"sector"_s << u"quarter"_s;
        QTest::newRow("a cause per year") << u"cause:insider"_s << u"cause"_s << u"year"_s;
        QTest::newRow("free text per month") << u"個人情報"_s << u"cause"_s << u"month"_s;
        QTest::newRow("free text and a year by sector")
            << u"漏えい year:2023"_s << u"sector"_s << u"month"_s;
        QTest::newRow("nothing matches")
            << u"cause:ransomware sector:police"_s << u"cause"_s << u"month"_s;
    }

    void agreesWithTheCli()
    {
        QFETCH(QString, query);
        QFETCH(QString, by);
        QFETCH(QString, period);
        auto w = open();
        QVERIFY(w);
        w->trends()->setOptions({*TrendQuery::byFromName(by), *TrendQuery::periodFromName(period)});
        w->setQueryText(query);
        QTRY_VERIFY(current(*w));
        const TrendData &d = w->trends()->model()->trend();

        QStringList args{u"--db"_s, m_seedsDb, u"--json"_s, u"stats"_s};
        if (!query.isEmpty())
            args << query.split(u' ');
        args << u"--by"_s << by << u"--period"_s << period;
        const test::CliResult r = test::runCli(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"total"_s).toInteger(), d.total);
        QCOMPARE(json.value(u"no_date"_s).toInteger(), d.noDate);
        QCOMPARE(json.value(u"total"_s).toInteger(), w->model()->matchCount());
        const QJsonArray rows = json.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), d.periods.size() * d.keys.size());
        // The model's table, cell by cell, as the view shows it.
        const TrendModel *m = w->trends()->model();
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const int p = int(d.periods.indexOf(row.value(u"period"_s).toString()));
            const int k = int(d.keys.indexOf(row.value(u"key"_s).toString()));
            QVERIFY(p >= 0 && k >= 0);
            QCOMPARE(m->data(m->index(p, k), TrendModel::RawValueRole).toLongLong(),
                     row.value(u"count"_s).toInteger());
            QCOMPARE(d.cell(p, k).affected, row.value(u"affected"_s).toInteger());
        }
        // And the chart's bar sets.
        QAbstractBarSeries *series = bars(w->trends()->chart());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), d.keys.size());
        for (qsizetype k = 0; k < d.keys.size(); ++k) {
            QCOMPARE(series->barSets()[k]->count(), d.periods.size());
            for (qsizetype p = 0; p < d.periods.size(); ++p)
                QCOMPARE(qint64(series->barSets()[k]->at(p)), d.cell(p, k).count);
        }
    }

    // Clicking a segment (through the view's API) narrows the query and the table; Back returns.
    void segmentClickDrillsDownAndBack()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        const TrendData d = t->model()->trend();
        const int july = int(d.periods.indexOf(u"2023-07"_s));
        QVERIFY(july >= 0);
        const qint64 expected = d.cell(july, d.keys.indexOf(u"misconfiguration"_s)).count;
        QCOMPARE(expected, 7);
        QVERIFY(!t->canGoBack());

        t->activateSegment(u"misconfiguration"_s, july);
        QCOMPARE(w->searchBar()->text(), u"cause:misconfiguration date:2023-07-01..2023-07-31"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), expected);
        QCOMPARE(w->model()->rowCount(), int(expected));
        QCOMPARE(t->model()->trend().total, expected);
        QVERIFY(t->canGoBack());
        QVERIFY(t->findChild<QWidget *>(u"backToolButton"_s)->isEnabled());

        // A second click narrows further, from what is there; an undated drill too.
        w->setQueryText(u"紛失"_s);
        QTRY_VERIFY(current(*w));
        const TrendData lost = t->model()->trend();
        const qsizetype jan = lost.periods.indexOf(u"2023-01"_s);
        QVERIFY(jan >= 0);
        t->activateSegment(u"loss_theft"_s, int(jan));
        QCOMPARE(w->searchBar()->text(), u"紛失 cause:loss_theft date:2023-01-01..2023-01-31"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(),
                 lost.cell(jan, lost.keys.indexOf(u"loss_theft"_s)).count);

        // Back, by the key while the chart has the focus, then by the API.
        QChartView *view = t->findChild<QChartView *>(u"trendChartView"_s);
        QVERIFY(view);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        // Through the window, as the platform delivers it: the window's own Back shortcut
        // (the notice history) must not take it.
        QTest::keyClick(w->windowHandle(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w->searchBar()->text(), u"紛失"_s);
        // Back returns to the query before each click, not to queries typed in between.
        t->back();
        QCOMPARE(w->searchBar()->text(), QString());
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), 74);
        QVERIFY(!t->canGoBack());

        // The undated ones, from the note's link.
        t->showUndated();
        QCOMPARE(w->searchBar()->text(), u"-has:date"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), d.noDate);
    }

    void followsTheQueryAndDropsStaleResults()
    {
        auto w = open();
        QVERIFY(w);
        TrendModel *m = w->trends()->model();
        QTRY_VERIFY(current(*w));
        // Three queries at once: only the last one's result may stay.
        w->setQueryText(u"cause:insider"_s);
        w->setQueryText(u"個人情報"_s);
        w->setQueryText(u"cause:ransomware"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(m->query().text, u"cause:ransomware"_s);
        QCOMPARE(m->trend().total, count(*w, u"cause:ransomware"_s));
        QCOMPARE(m->trend().keys, QStringList{u"ransomware"_s});
        // Hidden, the tab only notes the change and counts when shown again.
        w->tabs()->setCurrentIndex(0);
        w->setQueryText(u"sector:medical"_s);
        QVERIFY(!m->isCurrent());
        QTest::qWait(50);
        QCOMPARE(m->query().text, u"sector:medical"_s);
        w->tabs()->setCurrentWidget(w->trends());
        QTRY_VERIFY(current(*w));
        QCOMPARE(m->trend().total, count(*w, u"sector:medical"_s));
        auto *note = w->trends()->findChild<QLabel *>(u"trendNoteLabel"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(u"no date: "_s), qPrintable(note->text()));
    }

    void switchesChangeTheChart()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        // Period and split through their combo boxes.
        auto *period = t->findChild<QComboBox *>(u"periodComboBox"_s);
        auto *by = t->findChild<QComboBox *>(u"byComboBox"_s);
        auto *metric = t->findChild<QComboBox *>(u"metricComboBox"_s);
        auto *scale = t->findChild<QComboBox *>(u"scaleComboBox"_s);
        QVERIFY(period && by && metric && scale);
        period->setCurrentIndex(period->findData(int(TrendPeriod::Year)));
        by->setCurrentIndex(by->findData(int(TrendBy::Sector)));
        QTRY_VERIFY(current(*w) && t->model()->trend().options ==
                                       (TrendOptions{TrendBy::Sector, TrendPeriod::Year}));
        QTRY_COMPARE(bars(t->chart())->barSets().size(), t->model()->trend().keys.size());
        QCOMPARE(bars(t->chart())->barSets().first()->label(),
                 Taxonomy::builtIn().sectorName(t->model()->trend().keys.first()));

        // Shares: a 100% stacked series.
        scale->setCurrentIndex(scale->findData(true));
        QTRY_COMPARE(bars(t->chart())->type(), QAbstractSeries::SeriesTypePercentBar);

        // People affected: the values are people, and the incidents of unknown size get their band.
        metric->setCurrentIndex(metric->findData(int(TrendModel::Metric::People)));
        QTRY_VERIFY(t->findChild<UnknownSizeStrip *>()->isVisible());
        const TrendData &d = t->model()->trend();
        QAbstractBarSeries *s = bars(t->chart());
        for (qsizetype k = 0; k < d.keys.size(); ++k) {
            for (qsizetype p = 0; p < d.periods.size(); ++p)
                QCOMPARE(qint64(s->barSets()[k]->at(p)), d.cell(p, k).affected);
        }
        const UnknownSizeStrip *strip = t->findChild<UnknownSizeStrip *>();
        qint64 unknown = 0;
        for (qint64 n : strip->counts())
            unknown += n;
        QCOMPARE(unknown, count(*w, u"-has:affected has:date"_s));
        QVERIFY(unknown > 0);
        metric->setCurrentIndex(metric->findData(int(TrendModel::Metric::Incidents)));
        QTRY_VERIFY(!t->findChild<UnknownSizeStrip *>()->isVisible());
    }

    // Days to disclosure: a box per category and period with the bucket's quartiles, the table
    // and the tooltip tell them, and a click lists exactly the incidents of the box.
    void daysToDisclosureBoxes()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        auto *metric = t->findChild<QComboBox *>(u"metricComboBox"_s);
        auto *scale = t->findChild<QComboBox *>(u"scaleComboBox"_s);
        auto *period = t->findChild<QComboBox *>(u"periodComboBox"_s);
        auto *by = t->findChild<QComboBox *>(u"byComboBox"_s);
        QVERIFY(metric && scale && period && by);
        period->setCurrentIndex(period->findData(int(TrendPeriod::Year)));
        by->setCurrentIndex(by->findData(int(TrendBy::Sector)));
        metric->setCurrentIndex(metric->findData(int(TrendModel::Metric::DisclosureDays)));
        QVERIFY(!scale->isEnabled());
        QTRY_VERIFY(current(*w) && t->model()->trend().options.disclosure &&
                    t->model()->trend().options.by == TrendBy::Sector);
        const TrendData d = t->model()->trend();
        QVERIFY(d.withDays > 0);
        QCOMPARE(d.withDays, count(*w, u"lag:>=0 has:date"_s));

        // One box series per sector that has any days; each box holds its bucket's spread.
        QList<QBoxPlotSeries *> series;
        for (QAbstractSeries *s : t->chart()->series()) {
            auto *b = qobject_cast<QBoxPlotSeries *>(s);
            QVERIFY(b);
            series << b;
        }
        QVERIFY(!series.isEmpty());
        qsizetype withAny = 0;
        for (qsizetype k = 0; k < d.keys.size(); ++k) {
            bool any = false;
            for (qsizetype p = 0; p < d.periods.size(); ++p)
                any = any || d.cell(p, k).days.n > 0;
            withAny += any;
        }
        QCOMPARE(series.size(), withAny);
        QString shownKey;
        int shownPeriod = -1;
        for (QBoxPlotSeries *b : series) {
            const QString key = b->property("trendKey").toString();
            const qsizetype k = d.keys.indexOf(key);
            QVERIFY(k >= 0);
            QCOMPARE(b->name(), Taxonomy::builtIn().sectorName(key));
            QCOMPARE(b->count(), int(d.periods.size()));
            for (qsizetype p = 0; p < d.periods.size(); ++p) {
                const DaysSpread &s = d.cell(p, k).days;
                if (s.n == 0)
                    continue;
                QBoxSet *set = b->boxSets()[p];
                QCOMPARE(set->at(QBoxSet::Median), s.median);
                QCOMPARE(set->at(QBoxSet::LowerQuartile), s.q1);
                QCOMPARE(set->at(QBoxSet::UpperQuartile), s.q3);
                QCOMPARE(set->at(QBoxSet::LowerExtreme), s.min);
                QCOMPARE(set->at(QBoxSet::UpperExtreme), s.max);
                if (shownPeriod < 0 || s.n > d.cell(shownPeriod, d.keys.indexOf(shownKey)).days.n) {
                    shownKey = key;
                    shownPeriod = int(p);
                }
            }
        }
        const DaysSpread &s = d.cell(shownPeriod, d.keys.indexOf(shownKey)).days;
        const QString tip = t->segmentToolTip(shownKey, shownPeriod);
        QVERIFY2(tip.contains(u"median "_s + QLocale().toString(s.median, 'f',
                                                                s.median == std::floor(s.median)
                                                                    ? 0
                                                                    : 1)) &&
                     tip.contains(u"Incidents with both dates: %1"_s.arg(s.n)),
                 qPrintable(tip));
        QVERIFY(t->chart()->title().startsWith(u"Days from discovery to announcement per year"_s));
        auto *note = t->findChild<QLabel *>(u"trendNoteLabel"_s);
        QVERIFY2(note->text().contains(QString::number(d.withDays)), qPrintable(note->text()));

        // The table: "median (q1–q3) · n" per cell, the period's spread last.
        const int k = int(d.keys.indexOf(shownKey));
        QCOMPARE(t->model()->index(shownPeriod, k).data().toString(), TrendModel::spreadText(s));
        QCOMPARE(t->model()->index(shownPeriod, k).data(TrendModel::RawValueRole).toDouble(),
                 s.median);
        QCOMPARE(t->model()->headerData(int(d.keys.size()), Qt::Horizontal).toString(),
                 u"All"_s);
        QCOMPARE(t->model()->columnCount(), int(d.keys.size()) + 1);

        // A click lists the box's incidents: those of the sector and year with days.
        t->activateSegment(shownKey, shownPeriod);
        QVERIFY2(w->searchBar()->text().endsWith(u" lag:>=0"_s), qPrintable(w->searchBar()->text()));
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), s.n);
        t->back();
        metric->setCurrentIndex(metric->findData(int(TrendModel::Metric::Incidents)));
        QTRY_VERIFY(current(*w) && !t->model()->trend().options.disclosure);
        QVERIFY(scale->isEnabled());
        QVERIFY(bars(t->chart()));
    }

    // Data leaked: the kinds side by side (an incident leaks several), each bar the incidents
    // its query finds, shares of the period's incidents; the contractor split stacks.
    void dataKindAndContractorSplits()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        auto *by = t->findChild<QComboBox *>(u"byComboBox"_s);
        auto *period = t->findChild<QComboBox *>(u"periodComboBox"_s);
        period->setCurrentIndex(period->findData(int(TrendPeriod::Year)));
        by->setCurrentIndex(by->findData(int(TrendBy::DataKind)));
        QTRY_VERIFY(current(*w) && t->model()->trend().options.by == TrendBy::DataKind);
        QTRY_VERIFY(bars(t->chart()) &&
                    bars(t->chart())->type() == QAbstractSeries::SeriesTypeBar);
        const TrendData d = t->model()->trend();
        const qsizetype year = d.periods.indexOf(u"2023"_s);
        const qsizetype name = d.keys.indexOf(u"name"_s);
        QVERIFY(year >= 0 && name >= 0);
        QCOMPARE(qint64(bars(t->chart())->barSets()[name]->at(year)), d.cell(year, name).count);
        QCOMPARE(d.cell(year, name).count, count(*w, u"data:name date:2023-01-01..2023-12-31"_s));
        // The total column counts each incident once.
        QCOMPARE(t->model()
                     ->index(int(year), int(d.keys.size()))
                     .data(TrendModel::RawValueRole)
                     .toLongLong(),
                 count(*w, u"date:2023-01-01..2023-12-31"_s));
        const QString tip = t->segmentToolTip(u"name"_s, int(year));
        QVERIFY2(tip.contains(u"of %1)"_s.arg(d.periodTotals[year].count)), qPrintable(tip));
        auto *note = t->findChild<QLabel *>(u"trendNoteLabel"_s);
        QVERIFY(note->text().contains(u"once for each kind"_s));
        t->setShares(true);
        QTRY_COMPARE(bars(t->chart())->barSets()[name]->at(year),
                     100.0 * qreal(d.cell(year, name).count) / qreal(d.periodTotals[year].count));
        t->setShares(false);
        t->activateSegment(u"none"_s, int(year));
        QCOMPARE(w->searchBar()->text(), u"-has:data date:2023-01-01..2023-12-31"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), d.cell(year, d.keys.indexOf(u"none"_s)).count);
        t->back();

        by->setCurrentIndex(by->findData(int(TrendBy::Contractor)));
        QTRY_VERIFY(current(*w) && t->model()->trend().options.by == TrendBy::Contractor);
        QTRY_VERIFY(bars(t->chart()) &&
                    bars(t->chart())->type() == QAbstractSeries::SeriesTypeStackedBar);
        const TrendData via = t->model()->trend();
        QCOMPARE(via.keys, (QStringList{u"contractor"_s, u"direct"_s}));
        QCOMPARE(bars(t->chart())->barSets()[0]->label(), u"At or through a contractor"_s);
        t->activateSegment(u"contractor"_s, int(via.periods.indexOf(u"2023"_s)));
        QCOMPARE(w->searchBar()->text(), u"via:contractor date:2023-01-01..2023-12-31"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(),
                 via.cell(via.periods.indexOf(u"2023"_s), 0).count);
    }

    // The Scheme switch counts the causes in a survey's categories: the same numbers as
    // `stats --scheme`, the category's own names and colours, and a click on a bar lists
    // exactly the incidents behind it. Sectors have no scheme: the switch is off for them.
    void schemeSwitchChartsASurveysCategories()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        auto *scheme = t->findChild<QComboBox *>(u"schemeComboBox"_s);
        auto *period = t->findChild<QComboBox *>(u"periodComboBox"_s);
        auto *by = t->findChild<QComboBox *>(u"byComboBox"_s);
        QVERIFY(scheme && period && by);
        QVERIFY(scheme->isEnabled());
        QCOMPARE(scheme->currentData().toString(), QString());
        period->setCurrentIndex(period->findData(int(TrendPeriod::Year)));
        scheme->setCurrentIndex(scheme->findData(u"tsr"_s));
        QTRY_VERIFY(current(*w) && t->model()->trend().options.scheme == u"tsr"_s);
        const TrendData d = t->model()->trend();
        QCOMPARE(d.total, 74);
        QVERIFY(d.keys.contains(u"theft"_s) && d.keys.contains(u"misdisplay"_s));
        QTRY_COMPARE(bars(t->chart())->barSets().size(), d.keys.size());
        const QString theftName = QLocale().language() == QLocale::Japanese
                                      ? u"不正持ち出し・盗難"_s
                                      : u"Unauthorized take-out, theft"_s;
        const int theft = int(d.keys.indexOf(u"theft"_s));
        QCOMPARE(bars(t->chart())->barSets()[theft]->label(), theftName);
        QCOMPARE(TrendChartBuilder::color(d.options, u"theft"_s), QColor(u"#c2185b"_s));
        QVERIFY2(t->chart()->title().contains(u"Tokyo Shoko Research"_s) ||
                     t->chart()->title().contains(u"東京商工リサーチ"_s),
                 qPrintable(t->chart()->title()));

        // The CLI's numbers.
        const test::CliResult r = test::runCli(
            {u"--db"_s, m_seedsDb, u"--json"_s, u"stats"_s, u"--scheme"_s, u"tsr"_s,
             u"--period"_s, u"year"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"scheme"_s).toString(), u"tsr"_s);
        for (const QJsonValue &v : json.value(u"rows"_s).toArray()) {
            const QJsonObject row = v.toObject();
            const qsizetype p = d.periods.indexOf(row.value(u"period"_s).toString());
            const qsizetype k = d.keys.indexOf(row.value(u"key"_s).toString());
            QVERIFY(p >= 0 && k >= 0);
            QCOMPARE(d.cell(p, k).count, row.value(u"count"_s).toInteger());
        }

        // Drill-down: the bar's term finds its incidents, and the table shows them.
        const int y2024 = int(d.periods.indexOf(u"2024"_s));
        QVERIFY(y2024 >= 0);
        const qint64 expected = d.cell(y2024, theft).count;
        QVERIFY(expected > 0);
        t->activateSegment(u"theft"_s, y2024);
        QCOMPARE(w->searchBar()->text(), u"scheme:tsr:theft date:2024-01-01..2024-12-31"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), expected);
        QCOMPARE(t->model()->trend().total, expected);
        t->back();
        QTRY_VERIFY(current(*w));

        // Every bar of every scheme finds what it counts.
        for (const QString &id : {u"tsr"_s, u"jnsa"_s, u"veris"_s}) {
            scheme->setCurrentIndex(scheme->findData(id));
            QTRY_VERIFY(current(*w) && t->model()->trend().options.scheme == id);
            const TrendData s = t->model()->trend();
            qint64 sum = 0;
            for (qsizetype p = 0; p < s.periods.size(); ++p) {
                for (qsizetype k = 0; k < s.keys.size(); ++k) {
                    const QString q = TrendQuery::categoryTerm(s.options, s.keys[k]) + u' ' +
                                      TrendQuery::dateTerm(s.periods[p], s.options.period);
                    QCOMPARE(count(*w, q), s.cell(p, k).count);
                    sum += s.cell(p, k).count;
                }
            }
            QCOMPARE(sum + s.noDate, s.total);
        }

        // By sector the switch is off; back to causes it comes back with its choice.
        by->setCurrentIndex(by->findData(int(TrendBy::Sector)));
        QTRY_VERIFY(current(*w) && t->model()->trend().options.by == TrendBy::Sector);
        QVERIFY(!scheme->isEnabled());
        QCOMPARE(bars(t->chart())->barSets().first()->label(),
                 Taxonomy::builtIn().sectorName(t->model()->trend().keys.first()));
        by->setCurrentIndex(by->findData(int(TrendBy::Cause)));
        QTRY_VERIFY(current(*w) && t->model()->trend().options.by == TrendBy::Cause);
        QVERIFY(scheme->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QString()));
        QTRY_VERIFY(current(*w) && t->model()->trend().options.scheme.isEmpty());
    }

    // File > Export VERIS JSON Lines writes what the search matches, off the GUI thread.
    void exportVerisFromTheWindow()
    {
        auto w = open();
        QVERIFY(w);
        w->setQueryText(u"cause:ransomware"_s);
        QTRY_VERIFY(current(*w) && w->model()->matchCount() == count(*w, u"cause:ransomware"_s));
        const qint64 matches = w->model()->matchCount();
        QVERIFY(matches > 0);
        auto *action = w->findChild<QAction *>(u"exportVerisAction"_s);
        QVERIFY(action);
        const QString out = m_dir.filePath(u"window.jsonl"_s);
        m_dialogs.fileToSave = out;
        QSignalSpy done(w.get(), &MainWindow::exportFinished);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 20000);
        qint64 lines = 0;
        for (const QByteArray &line : test::readFile(out).split('\n')) {
            if (line.isEmpty())
                continue;
            ++lines;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(u"action"_s).toObject(),
                     (QJsonObject{{u"malware"_s,
                                   QJsonObject{{u"variety"_s, QJsonArray{u"Ransomware"_s}}}}}));
            QCOMPARE(o.value(u"plus"_s).toObject().value(u"cause"_s).toString(), u"ransomware"_s);
        }
        QCOMPARE(lines, matches);
        QVERIFY2(m_dialogs.shown.last().contains(out), qPrintable(m_dialogs.shown.last()));
        m_dialogs.fileToSave.clear();
    }

    void legendHidesAndShowsASeries()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        const TrendData &d = t->model()->trend();
        const int k = int(d.keys.indexOf(u"insider"_s));
        QVERIFY(k >= 0);
        QLegendMarker *marker = t->chart()->legend()->markers(bars(t->chart()))[k];
        Q_EMIT marker->clicked(); // what a click on the legend entry sends
        QTRY_VERIFY(t->isCategoryHidden(u"insider"_s));
        QTRY_VERIFY(bars(t->chart())->barSets()[k]->sum() == 0);
        QCOMPARE(t->chart()->legend()->markers(bars(t->chart())).size(),
                 d.keys.size()); // still listed
        QVERIFY(t->findChild<QLabel *>(u"trendNoteLabel"_s)->text().contains(u"hidden: Insider"_s));
        Q_EMIT t->chart()->legend()->markers(bars(t->chart()))[k]->clicked();
        QTRY_VERIFY(!t->isCategoryHidden(u"insider"_s));
        qint64 dated = 0;
        for (qsizetype p = 0; p < d.periods.size(); ++p)
            dated += d.cell(p, k).count;
        QTRY_COMPARE(qint64(bars(t->chart())->barSets()[k]->sum()), dated);
    }

    void hoverTellsTheNumbers()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        const TrendData &d = t->model()->trend();
        const int march = int(d.periods.indexOf(u"2024-03"_s));
        const QString tip = t->segmentToolTip(u"insider"_s, march);
        // 9 insider notices of the 9 dated in 2024-03.
        QVERIFY2(tip.contains(u"2024-03"_s) && tip.contains(u"Insider"_s) &&
                     tip.contains(u"Incidents: 9 (100% of 9)"_s),
                 qPrintable(tip));
        const int jan = int(d.periods.indexOf(u"2023-01"_s));
        const QString share = t->segmentToolTip(u"loss_theft"_s, jan);
        QVERIFY2(share.contains(u"Incidents: 3 (43% of 7)"_s), qPrintable(share));
    }

    void rendersAndExports()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        const QImage image = t->renderImage(QSize(900, 500));
        QCOMPARE(image.size(), QSize(900, 500));
        // Not blank: many pixels are neither white nor grey, and the misconfiguration colour is
        // there.
        const QColor misconfiguration =
            TrendChartBuilder::color(TrendBy::Cause, u"misconfiguration"_s);
        qint64 coloured = 0, cause = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 60;
                cause += c.rgb() == misconfiguration.rgb();
            }
        }
        QVERIFY2(coloured > 900 * 500 / 50, qPrintable(QString::number(coloured)));
        QVERIFY2(cause > 500, qPrintable(QString::number(cause)));

        const QString png = m_dir.filePath(u"trends.png"_s);
        QVERIFY(t->exportImage(png, QSize(1200, 700)).ok());
        QImage read(png);
        QCOMPARE(read.size(), QSize(1200, 700));
        const QString svg = m_dir.filePath(u"trends.svg"_s);
        t->setMetric(TrendModel::Metric::People);
        QVERIFY(t->exportImage(svg, QSize(1000, 600)).ok());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"<svg"_s));
        QVERIFY(text.contains(u"People affected per month, by cause"_s));
        QVERIFY(text.contains(u"Misconfiguration"_s));
        QVERIFY(text.contains(UnknownSizeStrip::title().toHtmlEscaped()));
        QVERIFY(!t->exportImage(m_dir.filePath(u"no/such/dir/x.png"_s), QSize(400, 300)).ok());

        t->copyToClipboard(QSize(640, 360));
        QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(640, 360));
    }

    // The table of numbers drills down as the chart does.
    void tableCellDrillsDown()
    {
        auto w = open();
        QVERIFY(w);
        TrendView *t = w->trends();
        QTRY_VERIFY(current(*w));
        auto *button = t->findChild<QToolButton *>(u"tableToolButton"_s);
        auto *table = t->findChild<QTableView *>(u"trendTableView"_s);
        QVERIFY(button && table);
        button->click();
        QTRY_VERIFY(table->isVisible());
        const TrendData d = t->model()->trend();
        const int row = int(d.periods.indexOf(u"2023-08"_s));
        const int col = int(d.keys.indexOf(u"misconfiguration"_s));
        const QModelIndex i = t->model()->index(row, col);
        QCOMPARE(i.data().toString(), u"5"_s);
        Q_EMIT table->activated(i);
        QCOMPARE(w->searchBar()->text(), u"cause:misconfiguration date:2023-08-01..2023-08-31"_s);
        QTRY_VERIFY(current(*w));
        QCOMPARE(w->model()->matchCount(), 5);
        t->back();
        QTRY_VERIFY(current(*w));
        // The total column narrows to the period alone.
        const TrendData all = t->model()->trend();
        Q_EMIT table->activated(
            t->model()->index(int(all.periods.indexOf(u"2024-03"_s)), int(all.keys.size())));
        QCOMPARE(w->searchBar()->text(), u"date:2024-03-01..2024-03-31"_s);
    }

    void exportDialogKeepsSizeAndPreset()
    {
        TrendExportDialog dialog;
        auto *preset = dialog.findChild<QComboBox *>(u"sizePresetComboBox"_s);
        auto *width = dialog.findChild<QSpinBox *>(u"widthSpinBox"_s);
        QVERIFY(preset && width);
        QCOMPARE(dialog.imageSize(), QSize(1600, 900));
        preset->setCurrentIndex(preset->findData(QSize(1920, 1080)));
        QCOMPARE(dialog.imageSize(), QSize(1920, 1080));
        width->setValue(1000);
        QCOMPARE(dialog.imageSize(), QSize(1000, 1080));
        QCOMPARE(preset->currentData().toSize(), QSize()); // "Custom"
        dialog.setFormat(TrendExportDialog::Format::Svg);
        QCOMPARE(dialog.format(), TrendExportDialog::Format::Svg);
    }

    // Many periods: the labels are thinned to calendar steps so that they never overlap.
    void labelsAreThinned()
    {
        TrendData d;
        d.options.period = TrendPeriod::Month;
        for (QDate m(2015, 1, 1); m < QDate(2025, 1, 1); m = m.addMonths(1))
            d.periods << TrendQuery::periodLabel(m, TrendPeriod::Month);
        d.keys = {u"ransomware"_s};
        d.cells.resize(d.periods.size(), TrendCell{1, 0, 1});
        d.total = d.periods.size();
        for (int width : {400, 800, 1600, 4000}) {
            QGraphicsScene scene;
            QChart *chart = TrendChartBuilder::mainChart(d, {});
            scene.addItem(chart);
            chart->setGeometry(QRectF(0, 0, width, 500));
            chart->layout()->activate();
            const int step = TrendChartBuilder::fitPeriodLabels(chart, d);
            chart->layout()->activate();
            auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
            QVERIFY(x);
            const QStringList labels = x->categoriesLabels();
            QVERIFY(!labels.isEmpty());
            const QFontMetrics fm(x->labelsFont());
            const qreal room = chart->plotArea().width() / d.periods.size() * step;
            QVERIFY2(fm.horizontalAdvance(u"2015-01"_s) < room,
                     qPrintable(u"width %1, step %2"_s.arg(width).arg(step)));
            QVERIFY(QList<int>({1, 2, 3, 6, 12, 24, 36, 60, 120}).contains(step));
            for (const QString &l : labels)
                QVERIFY2(l.mid(5).toInt() % step == 1 % step || step >= 12,
                         qPrintable(l)); // on calendar steps
        }
        QCOMPARE(TrendChartBuilder::labelStep(120, TrendPeriod::Month, 800, 60), 12);
        QCOMPARE(TrendChartBuilder::labelStep(12, TrendPeriod::Month, 800, 60), 1);
        QCOMPARE(TrendChartBuilder::labelStep(40, TrendPeriod::Quarter, 800, 60), 4);
        QCOMPARE(TrendChartBuilder::labelStep(30, TrendPeriod::Year, 800, 60), 5);
        QCOMPARE(TrendChartBuilder::niceStep(192, 8), 50);
        QCOMPARE(TrendChartBuilder::niceStep(7, 8), 1);
        QCOMPARE(TrendChartBuilder::niceStep(2380000, 8), 500000);
    }
};

QTEST_MAIN(TestTrendView)
#include "tst_trendview.moc"
