// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

#include <functional>

class QAction;
class QMainWindow;
class QSplitter;

namespace jikenbo {

class IncidentTableModel;
class IncidentTableView;
class SearchBar;
class TrendView;

// The window's state in the settings (Settings.h): geometry, splitters, the table's columns,
// the view switches, the last query and the Trends tab's switches; restored at start, saved on
// close.
class WindowSettings final
{
public:
    struct Parts
    {
        QMainWindow *window;
        QSplitter *mainSplitter;
        QSplitter *detailSplitter;
        IncidentTableView *table;
        IncidentTableModel *model;
        SearchBar *search;
        TrendView *trends;
        QAction *showEra;
        QAction *synonyms;
        std::function<void(Qt::Orientation)> setDetailOrientation;
    };

    explicit WindowSettings(const Parts &parts);

    void restore();
    void save() const;

private:
    Parts m_parts;
};

} // namespace jikenbo
