// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QPoint;

namespace jikenbo {

class DetailPane;
class IncidentTableModel;
class IncidentTableView;
class QueryWorker;

// The context menu of the incident table's rows: copy a field of the selected rows, open the
// source, star, print.
class IncidentRowMenu final : public QObject
{
    Q_OBJECT

public:
    IncidentRowMenu(IncidentTableView *table, IncidentTableModel *model, QueryWorker *worker,
                    DetailPane *detail, QAction *print);

    void show(const QPoint &globalPos);

private:
    void copyField(int column);
    void openSource();

    IncidentTableView *m_table;
    IncidentTableModel *m_model;
    QueryWorker *m_worker;
    DetailPane *m_detail;
    QAction *m_print;
};

} // namespace jikenbo
