// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace jikenbo {

class DialogProvider;

// The window's actions (with their shortcuts and object names) and its menu bar. The window
// connects what the actions do; the Help menu's two notes are told here.
class MainActions final : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow *window, DialogProvider *dialogs);

    // File, Edit, View and Help; `removeSamples` goes in the File menu after Sync.
    void buildMenus(QAction *removeSamples);

    QAction *importFiles;
    QAction *importFolder;
    QAction *sync;
    QAction *exportCsv;
    QAction *exportVeris;
    QAction *print;
    QAction *exportPdf;
    QAction *reload;
    QAction *detailRight;
    QAction *detailBelow;
    QAction *showEra;
    QAction *synonyms;
    QAction *relevance;
    QAction *settings;
    QAction *reclassify;
    QAction *find;
    QAction *back;
    QAction *forward;

private:
    QAction *make(const QString &text, const QKeySequence &key, const QString &name);

    QMainWindow *m_window;
    DialogProvider *m_dialogs;
};

} // namespace jikenbo
