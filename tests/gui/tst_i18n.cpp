// SPDX-License-Identifier: GPL-3.0-or-later
// The window's language as a user gets it: the program started with LANG=ja_JP.UTF-8 (or C, or
// en_US) and a Settings choice or none. The locale is read from the environment once, when the
// application starts, so each case runs in a child process of this test (the function
// windowInTheChildsLanguage) that chooses its language exactly as the GUI's main does.
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "TrendView.h"
#include "core/Format.h"
#include "core/Translations.h"
#include "models/IncidentTableModel.h"
#include "store/Database.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QAbstractItemDelegate>
#include <QStyle>
#include <QStyleOptionViewItem>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// What the child expects, from its environment (set by the parent).
const char ExpectVar[] = "JIKENBO_I18N_EXPECT";   // "ja" or "en"
const char SettingVar[] = "JIKENBO_I18N_SETTING"; // the Settings language: "", "ja" or "en"

// "ファイル(&F)" → "ファイル", "&File" → "File".
QString withoutAccelerator(QString text)
{
    static const QRegularExpression japaneseStyle(u"\\(&.\\)"_s);
    text.remove(japaneseStyle);
    return text.remove(u'&');
}

bool hasJapanese(const QString &text)
{
    static const QRegularExpression kana(u"[\\p{Hiragana}\\p{Katakana}\\p{Han}]"_s);
    return text.contains(kana);
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menusFollowTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expect");
        QTest::newRow("LANG=ja_JP.UTF-8") << u"ja_JP.UTF-8"_s << QString() << u"ja"_s;
        QTest::newRow("LANG=C.UTF-8") << u"C.UTF-8"_s << QString() << u"en"_s;
        QTest::newRow("LANG=en_US.UTF-8") << u"en_US.UTF-8"_s << QString() << u"en"_s;
        QTest::newRow("LANG=C.UTF-8, Settings: 日本語") << u"C.UTF-8"_s << u"ja"_s << u"ja"_s;
        QTest::newRow("LANG=ja_JP.UTF-8, Settings: English")
            << u"ja_JP.UTF-8"_s << u"en"_s << u"en"_s;
    }

    // Starts this test program again in the row's locale, running only the child's function.
    void menusFollowTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, setting);
        QFETCH(QString, expect);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &v :
             {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"LC_TIME"_s, u"LC_NUMERIC"_s})
            env.remove(v);
        env.insert(u"LANG"_s, lang);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // Its own settings and data, never the user's.
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(QString::fromLatin1(ExpectVar), expect);
        env.insert(QString::fromLatin1(SettingVar), setting);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"windowInTheChildsLanguage"_s});
        QVERIFY2(child.waitForFinished(120000), "the child did not finish in time");
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(output));
        // It ran the checks, it did not skip them.
        QVERIFY2(output.contains(u"PASS   : TestI18n::windowInTheChildsLanguage()"_s),
                 qPrintable(output));
    }

    // In the child: the language as the GUI's main chooses it, then the real window.
    void windowInTheChildsLanguage()
    {
        const QString expect = qEnvironmentVariable(ExpectVar);
        if (expect.isEmpty())
            QSKIP("runs in a child process of menusFollowTheLocale, in the locale it sets");
        const QString setting = qEnvironmentVariable(SettingVar);
        settings::language.set(setting);
        QCOMPARE(settings::language.get(), setting);

        // As app/gui/main.cpp does.
        const bool found = Translations::installLanguage(settings::language.get());
        if (expect == u"ja"_s)
            QVERIFY(found); // English is the source language: C needs no translation


        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath(u"i18n.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        MainWindow::Options o;
        o.restoreSettings = false;
        o.seedSample = true;
        MainWindow w(std::move(db).value(), o);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << withoutAccelerator(a->text());
        const QStringList japanese{u"ファイル"_s, u"編集"_s, u"表示"_s, u"ヘルプ"_s};
        const QStringList english{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s};
        QCOMPARE(titles, expect == u"ja"_s ? japanese : english);

        // Every menu item too: in Japanese none is left in English, in English none is Japanese.
        for (QAction *m : w.menuBar()->actions()) {
            for (QAction *a : m->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                QVERIFY2(hasJapanese(a->text()) == (expect == u"ja"_s),
                         qPrintable(m->text() + u" → "_s + a->text()));
            }
        }
        const QAbstractItemModel *model = w.model();
        QCOMPARE(model->headerData(IncidentTableModel::CaseId, Qt::Horizontal).toString(),
                 expect == u"ja"_s ? u"事件簿番号"_s : u"Case"_s);
        QCOMPARE(model->headerData(IncidentTableModel::Cause, Qt::Horizontal).toString(),
                 expect == u"ja"_s ? u"原因"_s : u"Cause"_s);
        QCOMPARE(w.tabs()->tabText(1).remove(u'&'), expect == u"ja"_s ? u"傾向"_s : u"Trends"_s);
        auto *search = w.findChild<QLineEdit *>(u"searchLineEdit"_s);
        QVERIFY(search);
        QCOMPARE(
            hasJapanese(search->placeholderText().remove(u"紛失 USBメモリ"_s).remove(u"病院"_s)),
            expect == u"ja"_s);

        // Dates follow the locale (or the Settings language): 2024/01/09 in Japanese.
        QCOMPARE(format::date(QDate(2024, 1, 9)),
                 expect == u"ja"_s ? u"2024/01/09"_s : u"2024-01-09"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.totalIncidents() > 0, 60000);
        QTRY_VERIFY(!w.model()->isLoading() && w.model()->rowCount() > 0);
        static const QRegularExpression japaneseDate(u"^\\d{4}/\\d{2}/\\d{2}$"_s);
        static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        int dated = 0;
        for (int row = 0; row < std::min(w.model()->rowCount(), 10); ++row) {
            const QString shown = w.model()
                                      ->index(row, IncidentTableModel::Announced)
                                      .data(Qt::DisplayRole)
                                      .toString();
            if (!shown.contains(QRegularExpression(u"\\d"_s)))
                continue; // no date: a dash
            ++dated;
            QVERIFY2(shown.contains(expect == u"ja"_s ? japaneseDate : isoDate), qPrintable(shown));
        }
        QVERIFY(dated > 0);

        // The facets' names are whole at that size (the longest cause name with its swatch).
        auto *facets = w.findChild<QTreeWidget *>(u"facetTreeWidget"_s);
        QVERIFY(facets);
        QTRY_VERIFY(facets->topLevelItemCount() > 0 && facets->topLevelItem(0)->childCount() > 0);
        QTreeWidgetItem *causes = facets->topLevelItem(0);
        QStyleOptionViewItem option;
        option.initFrom(facets);
        const int icon = facets->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, facets);
        option.decorationSize = QSize(icon, icon);
        for (int i = 0; i < causes->childCount(); ++i) {
            const QModelIndex cell = facets->indexFromItem(causes->child(i), 0);
            const int room = facets->visualRect(cell).width(); // (without the indentation)
            const int needed = facets->itemDelegate()->sizeHint(option, cell).width();
            QVERIFY2(room >= needed, qPrintable(u"%1: %2 < %3"_s.arg(cell.data().toString())
                                                    .arg(room)
                                                    .arg(needed)));
        }

        // The Trends settings fit beside the chart at 1366 px in either language: none of them
        // is pushed into the tool bar's extension menu (which hides what it holds).
        w.tabs()->setCurrentWidget(w.trends());
        for (const QString &name : {u"scaleComboBox"_s, u"patternsToolButton"_s,
                                    u"tableToolButton"_s, u"exportToolButton"_s}) {
            auto *control = w.trends()->findChild<QWidget *>(name);
            QVERIFY2(control, qPrintable(name));
            QTRY_VERIFY2(control->isVisible(), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
