// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChartBuilder.h"

#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "store/TrendQuery.h"

#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPercentBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr qreal BarWidth = 0.8;

// A category's pattern follows its place in the taxonomy (or the scheme), whichever categories
// are present.
int patternIndex(const TrendOptions &options, const QString &key)
{
    const qsizetype i = TrendQuery::categoryOrder(options).indexOf(key);
    return i >= 0 ? int(i) : int(qHash(key) % 10);
}

qint64 bucketValue(const TrendCell &c, TrendModel::Metric metric)
{
    return metric == TrendModel::Metric::People ? c.affected : c.count;
}

QCategoryAxis *periodAxis(const TrendData &data)
{
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max<qsizetype>(1, data.periods.size()) - 0.5);
    x->setGridLineVisible(false);
    x->setMinorGridLineVisible(false);
    return x;
}

void styleChart(QChart *chart)
{
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
}

// An integer value axis from 0 to a round number at or above `max`.
QValueAxis *countAxis(qint64 max, int maxTicks)
{
    auto *y = new QValueAxis;
    const qint64 step = TrendChartBuilder::niceStep(std::max<qint64>(max, 1), maxTicks);
    const qint64 top = std::max<qint64>(step, (std::max<qint64>(max, 1) + step - 1) / step * step);
    y->setRange(0, qreal(top));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(qreal(step));
    y->setMinorTickCount(0);
    y->setLabelFormat(u"%.0f"_s); // "%d" shows no labels once numbers are localised
    return y;
}

// A small tile: the colour with a pattern of light lines over it. Small enough that a legend
// marker shows the pattern too.
QImage patternTile(const QColor &fill, const QColor &ink, int pattern)
{
    constexpr qreal T = 10, H = T / 2;
    QImage tile(QSize(static_cast<int>(T), static_cast<int>(T)),
                QImage::Format_ARGB32_Premultiplied);
    tile.fill(fill);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 1.5));
    p.setBrush(ink);
    switch (pattern) {
    case 1: // ╱
        p.drawLine(QPointF(0, T), QPointF(T, 0));
        p.drawLine(QPointF(-H, H), QPointF(H, -H));
        p.drawLine(QPointF(H, T + H), QPointF(T + H, H));
        break;
    case 2: // ╲
        p.drawLine(QPointF(0, 0), QPointF(T, T));
        p.drawLine(QPointF(-H, H), QPointF(H, T + H));
        p.drawLine(QPointF(H, -H), QPointF(T + H, H));
        break;
    case 3: // horizontal
        p.drawLine(QPointF(0, H), QPointF(T, H));
        break;
    case 4: // vertical
        p.drawLine(QPointF(H, 0), QPointF(H, T));
        break;
    case 5: // grid
        p.drawLine(QPointF(0, H), QPointF(T, H));
        p.drawLine(QPointF(H, 0), QPointF(H, T));
        break;
    case 6: // ╳
        p.drawLine(QPointF(0, T), QPointF(T, 0));
        p.drawLine(QPointF(0, 0), QPointF(T, T));
        break;
    case 7: // dots
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(T / 4, T / 4), 1.6, 1.6);
        p.drawEllipse(QPointF(3 * T / 4, 3 * T / 4), 1.6, 1.6);
        break;
    case 8: // rings
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(H, H), 2.6, 2.6);
        break;
    case 9: // checks
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(0, 0, H, H));
        p.drawRect(QRectF(H, H, H, H));
        break;
    default:
        break;
    }
    return tile;
}

// The days to disclosure: per period a box per category (quartiles, median, whiskers to the
// shortest and the longest). Categories without any are left out; a hidden one keeps its legend
// entry. Each series carries its category in the property "trendKey".
QChart *daysChart(QChart *chart, const TrendData &data, const TrendChartStyle &style)
{
    QCategoryAxis *x = periodAxis(data);
    chart->addAxis(x, Qt::AlignBottom);
    double top = 0;
    QList<QBoxPlotSeries *> all;
    for (qsizetype k = 0; k < data.keys.size(); ++k) {
        const QString &key = data.keys[k];
        bool any = false;
        for (qsizetype p = 0; p < data.periods.size() && !any; ++p)
            any = data.cell(p, k).days.n > 0;
        if (!any)
            continue;
        auto *series = new QBoxPlotSeries;
        series->setName(TrendQuery::categoryName(data.options, key));
        series->setProperty("trendKey", key);
        const QColor c = TrendChartBuilder::color(data.options, key);
        series->setBrush(
            TrendChartBuilder::brush(c, patternIndex(data.options, key), style.patterns));
        series->setPen(QPen(c.darker(170), 1.2));
        const bool hidden = style.hidden.contains(key);
        for (qsizetype p = 0; p < data.periods.size(); ++p) {
            const DaysSpread &d = data.cell(p, k).days;
            auto *set = new QBoxSet;
            if (d.n == 0 || hidden) {
                // Nothing to draw: a set without values would be a line at 0, so it lies below
                // the plot area, which clips it.
                for (int v = QBoxSet::LowerExtreme; v <= QBoxSet::UpperExtreme; ++v)
                    set->setValue(v, -1e9);
            } else {
                set->setValue(QBoxSet::LowerExtreme, d.min);
                set->setValue(QBoxSet::LowerQuartile, d.q1);
                set->setValue(QBoxSet::Median, d.median);
                set->setValue(QBoxSet::UpperQuartile, d.q3);
                set->setValue(QBoxSet::UpperExtreme, d.max);
                top = std::max(top, d.max);
            }
            series->append(set);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        all << series;
    }
    QValueAxis *y = countAxis(qint64(std::ceil(top)), 8);
    y->setTitleText(TrendChartBuilder::tr("Days from discovery to announcement"));
    chart->addAxis(y, Qt::AlignLeft);
    for (QBoxPlotSeries *series : all) {
        series->attachAxis(y);
        const QString key = series->property("trendKey").toString();
        if (!style.hidden.contains(key))
            continue;
        for (QLegendMarker *m : chart->legend()->markers(series)) {
            m->setBrush(Qt::NoBrush);
            m->setPen(QPen(TrendChartBuilder::color(data.options, key), 1.5));
            m->setLabelBrush(QColor(0x9a, 0x9e, 0xa3));
        }
    }
    chart->legend()->setReverseMarkers(false);
    TrendChartBuilder::fitPeriodLabels(chart, data);
    return chart;
}

} // namespace

QColor TrendChartBuilder::color(const TrendOptions &options, const QString &key)
{
    if (options.by == TrendBy::Cause && !options.scheme.isEmpty()) {
        const auto schemes = SchemeMap::active();
        const Scheme *s = schemes->scheme(options.scheme);
        const SchemeCategory *c = s ? s->category(key) : nullptr;
        const QColor col = c ? QColor(c->color) : QColor();
        return col.isValid() ? col : QColor(0x8a, 0x8f, 0x94);
    }
    return color(options.by, key);
}

QColor TrendChartBuilder::color(TrendBy by, const QString &key)
{
    if (by == TrendBy::DataKind) {
        // In the vocabulary's order; "none" grey.
        static const QList<QColor> palette{
            QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
            QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
            QColor(0x7a, 0x5c, 0x3a), QColor(0xf0, 0xe4, 0x42), QColor(0x88, 0x22, 0x55),
            QColor(0x44, 0xaa, 0x99), QColor(0x33, 0x22, 0x88), QColor(0x99, 0x99, 0x33),
            QColor(0x66, 0x66, 0x66)};
        TrendOptions kinds;
        kinds.by = TrendBy::DataKind;
        const qsizetype i = TrendQuery::categoryOrder(kinds).indexOf(key);
        return i >= 0 && i < palette.size() ? palette[i] : QColor(0xb4, 0xb8, 0xbc);
    }
    if (by == TrendBy::Contractor)
        return key == u"contractor"_s ? QColor(0xd5, 0x5e, 0x00) : QColor(0x00, 0x72, 0xb2);
    if (by == TrendBy::Cause) {
        const Category *c = Taxonomy::builtIn().cause(key);
        const QColor col = c ? QColor(c->color) : QColor();
        return col.isValid() ? col : QColor(0x8a, 0x8f, 0x94);
    }
    // Sectors have no colours in the taxonomy: a palette that stays apart for colour-blind eyes.
    static const QHash<QString, QColor> sectors{{u"medical"_s, QColor(0x00, 0x72, 0xb2)},
                                                {u"education"_s, QColor(0xe6, 0x9f, 0x00)},
                                                {u"local_government"_s, QColor(0x00, 0x9e, 0x73)},
                                                {u"central_government"_s, QColor(0xcc, 0x79, 0xa7)},
                                                {u"police"_s, QColor(0x56, 0xb4, 0xe9)},
                                                {u"company"_s, QColor(0xd5, 0x5e, 0x00)},
                                                {u"association"_s, QColor(0x7a, 0x5c, 0x3a)},
                                                {u"other"_s, QColor(0xa0, 0xa4, 0xa8)}};
    return sectors.value(key, QColor(0x8a, 0x8f, 0x94));
}

QBrush TrendChartBuilder::brush(const QColor &color, int patternIndex, bool patterns)
{
    const int pattern = patternIndex % 10;
    if (!patterns || pattern == 0)
        return QBrush(color);
    return QBrush(patternTile(color, QColor(255, 255, 255, 210), pattern));
}

QBrush TrendChartBuilder::unknownSizeBrush()
{
    return QBrush(patternTile(QColor(0xd4, 0xd7, 0xda), QColor(0x5f, 0x65, 0x6b), 1));
}

qint64 TrendChartBuilder::niceStep(qint64 max, int maxTicks)
{
    maxTicks = std::max(1, maxTicks);
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (qint64 m : {1, 2, 5}) {
            const qint64 step = m * magnitude;
            if ((max + step - 1) / step <= maxTicks)
                return step;
        }
        if (magnitude > std::numeric_limits<qint64>::max() / 100)
            return magnitude;
    }
}

QString TrendChartBuilder::axisLabel(const QString &period)
{
    // 2023-Q3 reads better as 2023 Q3 (in Japanese 2023年Q3); months and years stay ISO.
    if (period.size() == 7 && period.at(5) == u'Q')
        return tr("%1 Q%2", "a quarter on the time axis: year, quarter number")
            .arg(period.left(4), period.mid(6));
    return period;
}

int TrendChartBuilder::labelStep(qsizetype count, TrendPeriod period, qreal plotWidth,
                                 int labelWidth)
{
    if (count <= 1 || plotWidth <= 0)
        return 1;
    static const QList<int> months{1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200};
    static const QList<int> quarters{1, 2, 4, 8, 12, 20, 40, 80, 200, 400};
    static const QList<int> years{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    const QList<int> &steps = period == TrendPeriod::Month     ? months
                              : period == TrendPeriod::Quarter ? quarters
                                                               : years;
    const qreal perPeriod = plotWidth / qreal(count);
    for (int s : steps) {
        if (perPeriod * s >= labelWidth)
            return s;
    }
    return steps.last();
}

bool TrendChartBuilder::showsLabel(const QString &period, TrendPeriod p, int step)
{
    if (step <= 1)
        return true;
    const int year = period.left(4).toInt();
    int index = year;
    if (p == TrendPeriod::Month)
        index = year * 12 + period.mid(5, 2).toInt() - 1;
    else if (p == TrendPeriod::Quarter)
        index = year * 4 + period.mid(6, 1).toInt() - 1;
    return index % step == 0;
}

int TrendChartBuilder::fitPeriodLabels(QChart *chart, const TrendData &data)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    auto *x = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
    if (!x)
        return 1;
    qreal width = chart->plotArea().width();
    if (width <= 1)
        width = chart->size().width() * 0.75;
    const QFontMetrics fm(x->labelsFont());
    int labelWidth = 0;
    for (const QString &p : {data.periods.value(0), data.periods.value(data.periods.size() - 1)})
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisLabel(p)));
    labelWidth += fm.horizontalAdvance(u"  "_s) + 6; // room between labels
    const int step = labelStep(data.periods.size(), data.options.period, width, labelWidth);
    QStringList wanted;
    QList<int> at;
    for (qsizetype i = 0; i < data.periods.size(); ++i) {
        if (showsLabel(data.periods[i], data.options.period, step)) {
            wanted << axisLabel(data.periods[i]);
            at << int(i);
        }
    }
    if (x->categoriesLabels() == wanted)
        return step;
    for (const QString &l : x->categoriesLabels())
        x->remove(l);
    for (qsizetype i = 0; i < wanted.size(); ++i)
        x->append(wanted[i], at[i]);
    return step;
}

QChart *TrendChartBuilder::mainChart(const TrendData &data, const TrendChartStyle &style)
{
    auto *chart = new QChart;
    styleChart(chart);
    chart->setTitle(style.title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setReverseMarkers(true); // top to bottom as the segments stack
    if (style.metric == TrendModel::Metric::DisclosureDays)
        return daysChart(chart, data, style);

    // An incident leaks several kinds of data: the kinds stand side by side, each bar the
    // incidents (or people) of one kind, its share that of the period's incidents.
    const bool grouped = data.options.by == TrendBy::DataKind;
    QAbstractBarSeries *series = nullptr;
    if (grouped)
        series = new QBarSeries;
    else if (style.shares)
        series = new QPercentBarSeries;
    else
        series = new QStackedBarSeries;
    if (grouped)
        chart->legend()->setReverseMarkers(false);
    series->setBarWidth(BarWidth);
    QList<qint64> stack(data.periods.size(), 0);
    for (qsizetype k = 0; k < data.keys.size(); ++k) {
        const QString &key = data.keys[k];
        const bool hidden = style.hidden.contains(key);
        auto *set = new QBarSet(TrendQuery::categoryName(data.options, key));
        const QColor c = color(data.options, key);
        set->setBrush(brush(c, patternIndex(data.options, key), style.patterns));
        set->setPen(QPen(QColor(255, 255, 255), 0.8));
        QList<qreal> values;
        values.reserve(data.periods.size());
        for (qsizetype p = 0; p < data.periods.size(); ++p) {
            const qint64 v = hidden ? 0 : bucketValue(data.cell(p, k), style.metric);
            if (grouped && style.shares) {
                const qint64 all = bucketValue(data.periodTotals.value(p), style.metric);
                values << (all > 0 ? 100.0 * qreal(v) / qreal(all) : 0.0);
            } else {
                values << qreal(v);
            }
            stack[p] = grouped ? std::max(stack[p], v) : stack[p] + v;
        }
        set->append(values);
        series->append(set);
    }
    chart->addSeries(series);

    QCategoryAxis *x = periodAxis(data);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = nullptr;
    if (style.shares) {
        y = new QValueAxis;
        y->setRange(0, 100);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(20);
        y->setMinorTickCount(0);
        y->setLabelFormat(u"%.0f%"_s);
        if (grouped)
            y->setTitleText(style.metric == TrendModel::Metric::People
                                ? tr("Share of the period's people affected")
                                : tr("Share of the period's incidents"));
        else
            y->setTitleText(style.metric == TrendModel::Metric::People
                                ? tr("Share of people affected")
                                : tr("Share of incidents"));
    } else {
        const qint64 max = stack.isEmpty() ? 0 : *std::max_element(stack.cbegin(), stack.cend());
        y = countAxis(max, 8);
        y->setTitleText(style.metric == TrendModel::Metric::People ? tr("People affected")
                                                                   : tr("Incidents"));
    }
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // A category switched off keeps its legend entry, hollow and greyed, to switch it on again.
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (qsizetype k = 0; k < markers.size() && k < data.keys.size(); ++k) {
        if (!style.hidden.contains(data.keys[k]))
            continue;
        markers[k]->setBrush(Qt::NoBrush);
        markers[k]->setPen(QPen(color(data.options, data.keys[k]), 1.5));
        markers[k]->setLabelBrush(QColor(0x9a, 0x9e, 0xa3));
    }
    fitPeriodLabels(chart, data);
    return chart;
}

} // namespace jikenbo
