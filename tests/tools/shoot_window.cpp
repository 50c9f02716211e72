// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window to a PNG, as a user would see it, for review and the README.
//   shoot_window DB OUT.png [--query Q] [--row N] [--size WxH] [--tab N] [--lang ja|en]
//                [--period month|quarter|year] [--by cause|sector|data|contractor]
//                [--scheme tsr|jnsa|veris] [--metric incidents|people|days]
//                [--scale counts|shares] [--patterns on|off] [--hide KEY,KEY]
//                [--table on]                                                 (the Trends tab)
//                [--chart OUT2.png --chart-size WxH]                          (its export)
//                [--dialog export|settings]      (that dialog over the window, instead)
//                [--sample on]       (a new DB: seeded with the sample corpus, as at first start)
//                [--feed URL]        (Settings' feed for this run; without it, the built-in one)
//                [--sync on]         (sync from the feed in the window before the shot)
#include "DetailPane.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "DialogProvider.h"
#include "SettingsDialog.h"
#include "Settings.h"
#include "TrendView.h"
#include "report/ExportDialog.h"
#include "core/Translations.h"
#include "models/IncidentTableModel.h"
#include "models/TrendModel.h"
#include "store/Database.h"
#include "store/TrendQuery.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace jikenbo;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"jikenbo-shoot"_s);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: shoot_window DB OUT.png [--query Q] [--row N] [--size WxH] [--tab N] "
                     "[--lang ja|en] "
                     "[--period P] [--by B] [--metric M] [--scale S] [--patterns on] [--hide K,K] "
                     "[--chart OUT2.png] [--chart-size WxH] [--dialog export|settings]\n");
        return 1;
    }
    const QString dbPath = args.takeFirst();
    const QString out = args.takeFirst();
    QString query, lang, period, by, metric, scale, patterns, hide, chartOut, table, dialog;
    QString sample, feed, sync, scheme;
    int row = -1, tab = 0;
    QSize size(1366, 768), chartSize(1600, 900);
    auto parseSize = [](const QString &s) {
        return QSize(s.section(u'x', 0, 0).toInt(), s.section(u'x', 1, 1).toInt());
    };
    // Options with a text value; the sizes and numbers are read from the same table below.
    QString chartSizeText, rowText, tabText, sizeText;
    const QHash<QString, QString *> options{
        {u"--period"_s, &period},   {u"--by"_s, &by},         {u"--metric"_s, &metric},
        {u"--scale"_s, &scale},     {u"--patterns"_s, &patterns}, {u"--hide"_s, &hide},
        {u"--table"_s, &table},     {u"--chart"_s, &chartOut}, {u"--chart-size"_s, &chartSizeText},
        {u"--dialog"_s, &dialog},   {u"--query"_s, &query},   {u"--row"_s, &rowText},
        {u"--tab"_s, &tabText},     {u"--lang"_s, &lang},     {u"--size"_s, &sizeText},
        {u"--sample"_s, &sample},   {u"--feed"_s, &feed},     {u"--sync"_s, &sync},
        {u"--scheme"_s, &scheme}};
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (QString *value = options.value(args[i]))
            *value = args[i + 1];
    }
    if (!chartSizeText.isEmpty())
        chartSize = parseSize(chartSizeText);
    if (!sizeText.isEmpty())
        size = parseSize(sizeText);
    if (!rowText.isEmpty())
        row = rowText.toInt();
    if (!tabText.isEmpty())
        tab = tabText.toInt();
    // As the program does at start: --lang is the Settings choice, otherwise the system's.
    Translations::installLanguage(lang);
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    settings::feedUrl.set(feed);
    settings::syncOnStart.set(false);
    MainWindow::Options o;
    o.restoreSettings = false;
    o.seedSample = sample == u"on"_s;
    MainWindow w(std::move(db).value(), o);
    w.resize(size);
    w.show();
    auto settle = [&](int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            QTest::qWait(20);
    };
    settle(600);
    auto idle = [&] {
        for (int i = 0; i < 3000 && w.isBusy(); ++i)
            QTest::qWait(20);
    };
    idle(); // the sample corpus
    if (sync == u"on"_s) {
        w.syncNow(SyncRequest{SyncRequest::Origin::Bar, false});
        idle();
        settle(600);
    }
    if (!query.isEmpty()) {
        w.setQueryText(query);
        settle(800);
    }
    if (row >= 0 && row < w.model()->rowCount()) {
        w.table()->selectionModel()->setCurrentIndex(
            w.model()->index(row, IncidentTableModel::CaseId),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        settle(600);
    }
    TrendView *trends = w.trends();
    TrendOptions to = trends->model()->options();
    if (const auto p = TrendQuery::periodFromName(period))
        to.period = *p;
    if (const auto b = TrendQuery::byFromName(by))
        to.by = *b;
    to.scheme = scheme;
    trends->setOptions(to);
    if (metric == u"people"_s)
        trends->setMetric(TrendModel::Metric::People);
    else if (metric == u"days"_s)
        trends->setMetric(TrendModel::Metric::DisclosureDays);
    trends->setShares(scale == u"shares"_s);
    trends->setPatterns(patterns == u"on"_s);
    w.tabs()->setCurrentIndex(tab);
    settle(900);
    for (const QString &k : hide.split(u',', Qt::SkipEmptyParts))
        trends->setCategoryHidden(k, true);
    if (auto *b = trends->findChild<QToolButton *>(u"tableToolButton"_s); b && table == u"on"_s)
        b->setChecked(true);
    settle(400);
    if (!chartOut.isEmpty()) {
        const Status s = trends->exportImage(chartOut, chartSize);
        if (!s.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
    }
    std::unique_ptr<QDialog> shown;
    if (dialog == u"export"_s) {
        auto d = std::make_unique<ExportDialog>(&w);
        d->setOptions(CsvExportOptions::preset(CsvEncoding::Utf8Bom));
        shown = std::move(d);
    } else if (dialog == u"settings"_s) {
        static DialogProvider dialogs;
        shown = std::make_unique<SettingsDialog>(dialogs, &w);
    }
    if (shown) {
        shown->show();
        settle(400);
        if (!shown->grab().save(out)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 1;
        }
        return 0;
    }
    if (!w.grab().save(out)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
