// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window to a PNG, as a user would see it, for review and the README.
//   shoot_window DB OUT.png [--query Q] [--row N] [--size WxH] [--tab N] [--lang ja|en]
#include "DetailPane.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "core/Translations.h"
#include "models/IncidentTableModel.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace jikenbo;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"jikenbo-shoot"_s);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: shoot_window DB OUT.png [--query Q] [--row N] [--size WxH] [--tab N] [--lang ja|en]\n");
        return 1;
    }
    const QString dbPath = args.takeFirst();
    const QString out = args.takeFirst();
    QString query, lang;
    int row = -1, tab = 0;
    QSize size(1366, 768);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--query"_s)
            query = args[i + 1];
        else if (args[i] == u"--row"_s)
            row = args[i + 1].toInt();
        else if (args[i] == u"--tab"_s)
            tab = args[i + 1].toInt();
        else if (args[i] == u"--lang"_s)
            lang = args[i + 1];
        else if (args[i] == u"--size"_s)
            size = QSize(args[i + 1].section(u'x', 0, 0).toInt(), args[i + 1].section(u'x', 1, 1).toInt());
    }
    if (!lang.isEmpty()) {
        QLocale::setDefault(QLocale(lang));
        Translations::install(QLocale(lang));
    }
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    MainWindow::Options o;
    o.restoreSettings = false;
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
    if (!query.isEmpty()) {
        w.setQueryText(query);
        settle(800);
    }
    if (row >= 0 && row < w.model()->rowCount()) {
        w.table()->selectionModel()->setCurrentIndex(w.model()->index(row, IncidentTableModel::CaseId),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        settle(600);
    }
    w.tabs()->setCurrentIndex(tab);
    settle(600);
    if (!w.grab().save(out)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
