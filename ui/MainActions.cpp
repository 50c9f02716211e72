// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainActions.h"

#include "DialogProvider.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace jikenbo {

MainActions::MainActions(QMainWindow *window, DialogProvider *dialogs)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
{
    importFiles = make(tr("&Import Files…"), QKeySequence::Open, u"importAction"_s);
    importFolder =
        make(tr("Import &Folder…"), QKeySequence(u"Ctrl+Shift+O"_s), u"importFolderAction"_s);
    sync = make(tr("&Sync from the Blog"), QKeySequence(Qt::Key_F6), u"syncAction"_s);
    exportCsv = make(tr("&Export CSV…"), QKeySequence(u"Ctrl+E"_s), u"exportAction"_s);
    exportVeris = make(tr("Export VERIS JSON &Lines…"), {}, u"exportVerisAction"_s);
    exportVeris->setStatusTip(
        tr("Write the incidents the search matches as VERIS-shaped JSON Lines, for VCDB-style "
           "tools"));
    print = make(tr("&Print…"), QKeySequence::Print, u"printAction"_s);
    exportPdf = make(tr("Export P&DF…"), QKeySequence(u"Ctrl+Shift+P"_s), u"exportPdfAction"_s);
    reload = make(tr("&Reload"), QKeySequence::Refresh, u"reloadAction"_s);
    detailRight = make(tr("Notice on the &Right"), {}, u"detailRightAction"_s);
    detailBelow = make(tr("Notice &Below"), {}, u"detailBelowAction"_s);
    showEra = make(tr("Show Japanese &Era Dates"), {}, u"showEraAction"_s);
    synonyms = make(tr("Search &Synonyms Too"), {}, u"synonymAction"_s);
    detailRight->setCheckable(true);
    detailBelow->setCheckable(true);
    auto *group = new QActionGroup(window);
    group->addAction(detailRight);
    group->addAction(detailBelow);
    detailRight->setChecked(true);
    showEra->setCheckable(true);
    synonyms->setCheckable(true);
    synonyms->setToolTip(tr("Also find wider synonyms, e.g. 漏えい finds 流出"));
    relevance = make(tr("Order by &Relevance"), {}, u"relevanceAction"_s);
    relevance->setCheckable(true);
    relevance->setToolTip(
        tr("Best matches of the search words first (click a column header to sort by it again)"));
    settings = make(tr("&Settings…"), QKeySequence::Preferences, u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    reclassify = make(tr("&Classify All Again"), {}, u"reclassifyAction"_s);
    reclassify->setToolTip(
        tr("Run the classification rules over every incident again; your overrides stay"));
    find = make(tr("&Find"), QKeySequence::Find, u"findAction"_s);
    back = make(tr("&Back"), QKeySequence::Back, u"backAction"_s);
    forward = make(tr("&Forward"), QKeySequence::Forward, u"forwardAction"_s);
}

QAction *MainActions::make(const QString &text, const QKeySequence &key, const QString &name)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    m_window->addAction(a);
    return a;
}

void MainActions::buildMenus(QAction *removeSamples)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(importFiles);
    file->addAction(importFolder);
    file->addAction(sync);
    file->addAction(removeSamples);
    file->addSeparator();
    file->addAction(exportCsv);
    file->addAction(exportVeris);
    file->addAction(print);
    file->addAction(exportPdf);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(find);
    edit->addAction(reclassify);
    edit->addSeparator();
    edit->addAction(settings);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(reload);
    view->addSeparator();
    view->addAction(detailRight);
    view->addAction(detailBelow);
    view->addSeparator();
    view->addAction(showEra);
    view->addAction(synonyms);
    view->addAction(relevance);
    view->addSeparator();
    view->addAction(back);
    view->addAction(forward);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("&Search Syntax"), this, [this] {
        m_dialogs->inform(
            m_window, tr("Search Syntax"),
            tr("Words must all match (紛失 USBメモリ); \"quoted phrase\"; -word excludes; a OR b.\n"
               "Fields: cause:ransomware or cause:設定ミス, sector:medical, org:病院, "
               "case:2024-012, "
               "year:2023, date:2023-01-01..2023-06-30 (either end open), affected:>1000 or "
               "100..500, "
               "label:設定ミス, origin:label|rule|user, confidence:<0.5, tag:…, is:starred, "
               "has:note, has:date, has:affected, has:data.\n"
               "Found and happened: discovered:2024-01-01..2024-03-31, occurred:2024-03; days "
               "from discovery to announcement: lag:>30, lag:<=7, lag:10..30; data leaked: "
               "data:card (name, address, phone, email, birth_date, card, bank_account, "
               "my_number, health, credentials, student_records, employee_records, other); "
               "via:contractor.\n"
               "Width, case and katakana/hiragana are ignored."));
    });
    help->addAction(tr("&About Jikenbo"), this, [this] {
        m_dialogs->inform(m_window, tr("About Jikenbo"),
                          tr("Jikenbo %1 — a browser for Japanese security-incident notices.\n"
                             "Licensed under the GNU GPL, version 3 or later.")
                              .arg(QCoreApplication::applicationVersion()));
    });
}

} // namespace jikenbo
