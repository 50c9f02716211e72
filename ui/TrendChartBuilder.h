// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TrendData.h"
#include "models/TrendModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QSet>
#include <QString>

class QChart;

namespace jikenbo {

// How the Trends chart shows a TrendData.
struct TrendChartStyle
{
    TrendModel::Metric metric = TrendModel::Metric::Incidents;
    bool shares = false;   // 100% stacked
    bool patterns = false; // a fill pattern per category besides its colour
    QSet<QString> hidden;  // categories switched off in the legend
    QString title;
};

// Builds the Trends chart from a TrendData, for the view and for export alike: stacked bars per
// period with one bar set per category in the taxonomy's colours.
class TrendChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartBuilder)

public:
    // Bar sets in the order of data.keys; a hidden category keeps its legend entry, greyed.
    static QChart *mainChart(const TrendData &data, const TrendChartStyle &style);
    // Shows every n-th period label, n chosen so the labels fit the chart's current plot width
    // and fall on calendar boundaries; returns n.
    static int fitPeriodLabels(QChart *chart, const TrendData &data);
    // The number of periods between shown labels for `count` periods over `plotWidth` pixels.
    static int labelStep(qsizetype count, TrendPeriod period, qreal plotWidth, int labelWidth);
    static bool showsLabel(const QString &period, TrendPeriod p, int step);
    // A round tick interval (1, 2, 5 × 10^n) for values up to `max` with at most `maxTicks` ticks.
    static qint64 niceStep(qint64 max, int maxTicks);
    static QColor color(TrendBy by, const QString &key);
    // A scheme's category takes the colour schemes.json gives it.
    static QColor color(const TrendOptions &options, const QString &key);
    static QBrush brush(const QColor &color, int patternIndex, bool patterns);
    static QBrush unknownSizeBrush();
    // The text a period label shows on the axis ("2023-07", "2023 Q3", "2023").
    static QString axisLabel(const QString &period);
};

} // namespace jikenbo
