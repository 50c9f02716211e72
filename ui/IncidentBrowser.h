// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QLabel;
class QStackedWidget;
class QStatusBar;

namespace jikenbo {

class DetailPane;
class DialogProvider;
class FacetPanel;
class IncidentTableModel;
class IncidentTableView;
class QueryWorker;
class SearchBar;
class TrendView;

// The incident list at work: the search box's query runs in the table, the Trends tab and the
// detail pane's highlight (a malformed one is shown in the box, the table keeps its last good
// result); the facets add terms; the count in the status bar and the page shown when nothing is
// there or nothing matches; the current row in the detail pane; the pane's edits saved through
// the query worker.
class IncidentBrowser final : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        SearchBar *search;
        FacetPanel *facets;
        IncidentTableModel *model;
        QueryWorker *worker;
        IncidentTableView *table;
        QStackedWidget *tableStack; // the table, or emptyLabel
        QLabel *emptyLabel;
        DetailPane *detail;
        TrendView *trends;
        QLabel *countLabel;
        QStatusBar *statusBar;
        DialogProvider *dialogs;
    };

    IncidentBrowser(const Parts &parts, QObject *parent);

    // The first count and query (after the settings gave the search box its last text).
    void start();
    void runQuery(const QString &text);
    void setQueryText(const QString &text);
    // Reloads the table (keeping the current incident), counts all again, refreshes the pane.
    void reload();
    qint64 totalIncidents() const { return m_totalAll; }
    // The key of the current row, else of the incident the detail pane shows.
    QString currentKey() const;
    // The selected rows' keys, else the detail pane's incident.
    QStringList selectedKeys() const;

private:
    void connectParts();
    void addTerm(const QString &term);
    void onResultReady(qint64 matches, qint64 located);
    void onRowLocated(const QString &key, qint64 row);
    void selectRow(qint64 row);
    void onCurrentRowChanged();
    void showCurrentIncident();
    void updateCount();
    void updateEmptyState();

    Parts m_p;
    qint64 m_totalAll = 0;
    // The incident the user chose while a query ran (found in its result when it comes, rather
    // than the one the query was asked to keep), and the one being found.
    QString m_chosenKey;
    QString m_locating;
    // When the current row's data arrives after the move (End or Page Down to rows not yet
    // fetched), the detail pane follows a moment later: the table paints those rows first.
    QTimer m_detailTimer;
    int m_detailWaits = 0; // times the notice waited for rows still on their way
    static constexpr int DetailDelayMs = 30;
    static constexpr int MaxDetailWaits = 10;
};

} // namespace jikenbo
