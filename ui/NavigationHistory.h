// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace jikenbo {

class DetailPane;
class IncidentTableModel;
class IncidentTableView;

// The window's Back and Forward over the incidents the detail pane showed (links inside it,
// the table): the actions step through the pane's history, and the table selects the incident
// the pane went to when the table shows it.
class NavigationHistory final : public QObject
{
    Q_OBJECT

public:
    NavigationHistory(DetailPane *detail, IncidentTableView *table, IncidentTableModel *model,
                      QAction *back, QAction *forward);

private:
    void follow(const QString &key);

    DetailPane *m_detail;
    IncidentTableView *m_table;
    IncidentTableModel *m_model;
};

} // namespace jikenbo
