// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI suites' main window (header-only: the test support library links the core alone).

#include "DialogProvider.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <memory>

namespace jikenbo::test {

// The window on the database at `path`, shown at 1366×768, with `dialogs` answering its
// dialogs and without the user's saved settings; null when the database does not open.
inline std::unique_ptr<MainWindow> openWindow(const QString &path, DialogProvider *dialogs,
                                              const Database::Options &options = {})
{
    auto db = Database::open(path, options);
    if (!db.ok())
        return nullptr;
    MainWindow::Options o;
    o.restoreSettings = false;
    o.dialogs = dialogs;
    auto w = std::make_unique<MainWindow>(std::move(db).value(), o);
    w->resize(1366, 768);
    w->show();
    return w;
}

} // namespace jikenbo::test
