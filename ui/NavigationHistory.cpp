// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationHistory.h"

#include "DetailPane.h"
#include "IncidentTableView.h"
#include "models/IncidentTableModel.h"

#include <QAction>
#include <QItemSelectionModel>

namespace jikenbo {

NavigationHistory::NavigationHistory(DetailPane *detail, IncidentTableView *table,
                                     IncidentTableModel *model, QAction *back, QAction *forward)
    : QObject(detail)
    , m_detail(detail)
    , m_table(table)
    , m_model(model)
{
    connect(back, &QAction::triggered, m_detail, &DetailPane::back);
    connect(forward, &QAction::triggered, m_detail, &DetailPane::forward);
    connect(m_detail, &DetailPane::navigated, this, &NavigationHistory::follow);
}

void NavigationHistory::follow(const QString &key)
{
    // Select the incident in the table when it is shown there.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->keyAt(r) == key) {
            QSignalBlocker b(m_table->selectionModel());
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, 0));
            return;
        }
        if (!m_model->recordAt(r))
            break; // only the loaded rows are searched
    }
    QSignalBlocker b(m_table->selectionModel());
    m_table->clearSelection();
}

} // namespace jikenbo
