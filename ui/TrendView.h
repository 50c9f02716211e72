// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrendChartBuilder.h"
#include "TrendChartExport.h"
#include "core/Result.h"
#include "core/TrendData.h"
#include "search/Query.h"

#include <QImage>
#include <QSet>
#include <QSize>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QThread;

namespace jikenbo {

class DialogProvider;
class TrendControlsBar;
class TrendModel;
class TrendWorker;
class UnknownSizeStrip;

// The Trends tab: the current query's matches per period as stacked bars, one colour per cause
// (or sector). Switches for the period, counts or shares, cause or sector, incidents or people
// affected; a legend entry hides its category; hovering a segment tells its numbers; clicking
// it narrows the query to that category and period (Back returns); the chart exports as PNG or
// SVG and copies to the clipboard. Counting runs on a worker thread while the tab is shown.
class TrendView final : public QWidget
{
    Q_OBJECT

public:
    TrendView(const QString &databasePath, DialogProvider *dialogs, QWidget *parent = nullptr);
    ~TrendView() override;

    // The query the chart follows (the window's search box).
    void setQuery(const Query &query);
    void setSynonymExpansion(bool on);
    void reload();
    // The switches, from and to the settings (the window calls these with its own state).
    void restoreState();
    void saveState() const;

    TrendModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    TrendChartStyle style() const;
    void setOptions(const TrendOptions &options);
    void setMetric(TrendModel::Metric metric);
    void setShares(bool on);
    void setPatterns(bool on);
    void setCategoryHidden(const QString &key, bool hidden);
    bool isCategoryHidden(const QString &key) const { return m_hidden.contains(key); }
    int labelStep() const { return m_labelStep; }

    // What hovering and clicking a bar segment do (also for tests).
    QString segmentToolTip(const QString &key, int period) const;
    void activateSegment(const QString &key, int period);
    void activateUnknownSize(int period);
    void showUndated();
    bool canGoBack() const { return !m_history.isEmpty(); }
    void back();

    // The chart as the export writes it, at `size` pixels.
    QImage renderImage(const QSize &size) const;
    // PNG or SVG by the file's suffix.
    Status exportImage(const QString &path, const QSize &size) const;
    void copyToClipboard(const QSize &size) const;

Q_SIGNALS:
    // The query text the window should run (drill-down, Back).
    void queryRequested(const QString &text);
    // The user asked to see the matching incidents in the table.
    void showIncidentsRequested();
    void chartUpdated();

protected:
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void buildControls();
    void rebuildChart();
    void scheduleRebuild();
    void updateNotes();
    void onResult();
    void onPlotAreaChanged();
    void applyTerms(const QStringList &terms);
    void exportWithDialog();
    QString title() const;
    QList<qint64> unknownSizeCounts() const;
    // What the export draws: this data, in this style.
    TrendChartExport::Picture picture() const;

    QString m_databasePath; // never written over by an export
    DialogProvider *m_dialogs;
    QThread *m_thread;
    TrendWorker *m_worker;
    TrendModel *m_model;
    QString m_queryText;
    QStringList m_history; // query texts before each drill-down
    QSet<QString> m_hidden;
    bool m_shares = false;
    bool m_patterns = false;
    bool m_rebuildPending = false;
    int m_labelStep = 1;

    TrendControlsBar *m_controls;
    QStackedWidget *m_stack;
    QWidget *m_chartPage;
    QChartView *m_chartView;
    UnknownSizeStrip *m_strip;
    QChart *m_chart = nullptr;
    QTableView *m_tableView;
    QLabel *m_emptyLabel;
    QLabel *m_noteLabel;
};

} // namespace jikenbo
