// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnknownSizeStrip.h"

#include "TrendChartBuilder.h"
#include "core/Format.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr qreal BarWidth = 0.8; // as the chart's bars

} // namespace

UnknownSizeStrip::UnknownSizeStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"unknownSizeStrip"_s);
    setMouseTracking(true);
    setAccessibleName(title());
    setAutoFillBackground(false);
}

QString UnknownSizeStrip::title()
{
    return tr("Incidents of unknown size (not in the people counts)");
}

QSize UnknownSizeStrip::sizeHint() const
{
    return QSize(400, fontMetrics().height() * 6);
}

void UnknownSizeStrip::setCounts(const QList<qint64> &counts, const QStringList &periods)
{
    m_counts = counts;
    m_periods = periods;
    update();
}

void UnknownSizeStrip::setPlotSpan(qreal left, qreal width)
{
    if (qFuzzyCompare(left + 1, m_left + 1) && qFuzzyCompare(width + 1, m_width + 1))
        return;
    m_left = left;
    m_width = width;
    update();
}

int UnknownSizeStrip::periodAt(qreal x) const
{
    if (m_counts.isEmpty() || m_width <= 0 || x < m_left || x >= m_left + m_width)
        return -1;
    return std::clamp(int((x - m_left) / m_width * m_counts.size()), 0, int(m_counts.size()) - 1);
}

void UnknownSizeStrip::paint(QPainter &p, const QRectF &rect, const QList<qint64> &counts,
                             qreal left, qreal width)
{
    p.save();
    p.fillRect(rect, Qt::white);
    const QFontMetricsF fm(p.font());
    const qreal titleHeight = fm.height() + 4;
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(QRectF(rect.left(), rect.top() + 2, rect.width(), titleHeight),
               Qt::AlignHCenter | Qt::AlignTop, title());
    const QRectF plot(left, rect.top() + titleHeight + 2, width, rect.height() - titleHeight - 8);
    if (counts.isEmpty() || plot.height() < 4 || width <= 0) {
        p.restore();
        return;
    }
    const qint64 max = *std::max_element(counts.cbegin(), counts.cend());
    if (max <= 0) {
        p.setPen(QColor(0x6c, 0x75, 0x7d));
        p.drawText(plot, Qt::AlignCenter,
                   tr("None: every dated incident states how many people it affected."));
        p.restore();
        return;
    }
    const qint64 top = max;
    // Axis: the top value and zero, right-aligned left of the plot.
    p.setPen(QColor(0xd0, 0xd0, 0xd0));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
    p.setPen(QColor(0x44, 0x44, 0x44));
    const qreal labelRight = plot.left() - 6;
    p.drawText(
        QRectF(rect.left(), plot.top() - fm.height() / 2, labelRight - rect.left(), fm.height()),
        Qt::AlignRight | Qt::AlignVCenter, format::number(top));
    p.drawText(
        QRectF(rect.left(), plot.bottom() - fm.height() / 2, labelRight - rect.left(), fm.height()),
        Qt::AlignRight | Qt::AlignVCenter, format::number(0));
    const qreal slot = width / qreal(counts.size());
    p.setBrush(TrendChartBuilder::unknownSizeBrush());
    p.setPen(QPen(QColor(0x5f, 0x65, 0x6b), 0.8));
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts[i] <= 0)
            continue;
        const qreal h = plot.height() * qreal(counts[i]) / qreal(top);
        const qreal x = plot.left() + slot * (qreal(i) + (1 - BarWidth) / 2);
        p.drawRect(QRectF(x, plot.bottom() - h, slot * BarWidth, h));
    }
    p.restore();
}

void UnknownSizeStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, rect(), m_counts, m_left, m_width);
}

void UnknownSizeStrip::mouseMoveEvent(QMouseEvent *e)
{
    const int i = periodAt(e->position().x());
    if (i < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(e->globalPosition().toPoint(),
                       tr("%1\nIncidents of unknown size: %2\nClick to search for them")
                           .arg(TrendChartBuilder::axisLabel(m_periods.value(i)),
                                format::number(m_counts.value(i))),
                       this);
}

void UnknownSizeStrip::mousePressEvent(QMouseEvent *e)
{
    const int i = periodAt(e->position().x());
    if (e->button() == Qt::LeftButton && i >= 0 && m_counts.value(i) > 0)
        Q_EMIT periodClicked(i);
}

void UnknownSizeStrip::leaveEvent(QEvent *)
{
    QToolTip::hideText();
}

} // namespace jikenbo
