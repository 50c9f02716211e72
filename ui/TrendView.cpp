// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendView.h"

#include "DialogProvider.h"
#include "Settings.h"
#include "TrendChartExport.h"
#include "TrendControlsBar.h"
#include "TrendExportDialog.h"
#include "UnknownSizeStrip.h"
#include "classify/SchemeMap.h"
#include "core/Format.h"
#include "models/TrendModel.h"
#include "models/TrendWorker.h"
#include "store/TrendQuery.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCursor>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share * 100.0 < 10.0 ? 1 : 0) + u'%';
}

} // namespace


TrendView::TrendView(const QString &databasePath, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_dialogs(dialogs)
{
    setObjectName(u"trendView"_s);
    m_thread = new QThread(this);
    m_thread->setObjectName(u"jikenbo-trend-worker"_s);
    m_worker = new TrendWorker(databasePath);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &TrendWorker::open, Qt::QueuedConnection);

    m_model = new TrendModel(m_worker, this);
    connect(m_model, &TrendModel::resultReady, this, &TrendView::onResult);
    connect(m_model, &TrendModel::loadingChanged, this, &TrendView::updateNotes);
    connect(m_model, &TrendModel::queryFailed, this, [this](const QString &message) {
        m_noteLabel->setText(tr("Counting failed: %1").arg(message.toHtmlEscaped()));
    });
    buildControls();
    rebuildChart();
}

TrendView::~TrendView()
{
    m_worker->setLatestGeneration(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
}

void TrendView::buildControls()
{
    m_controls = new TrendControlsBar(this);
    connect(m_controls, &TrendControlsBar::exportRequested, this, &TrendView::exportWithDialog);
    connect(m_controls, &TrendControlsBar::copyRequested, this,
            [this] { copyToClipboard(m_chartView->size()); });

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(u"trendChartView"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    m_chartView->setAccessibleName(tr("Trend chart"));
    m_chartView->installEventFilter(this);
    m_strip = new UnknownSizeStrip(this);
    m_strip->installEventFilter(this);
    m_strip->hide();
    connect(m_strip, &UnknownSizeStrip::periodClicked, this, &TrendView::activateUnknownSize);
    m_chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_strip);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(u"trendTableView"_s);
    m_tableView->setModel(m_model);
    m_tableView->installEventFilter(this);
    m_tableView->setToolTip(
        tr("Double-click or press Enter on a number to narrow the search to it"));
    // A cell is a bar segment: activating it drills down as a click on the chart does.
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString key = i.data(TrendModel::CategoryKeyRole).toString();
        if (!key.isEmpty())
            activateSegment(key, i.row());
        else if (i.column() == m_model->trend().keys.size() + 1)
            activateUnknownSize(i.row());
        else
            applyTerms({TrendQuery::dateTerm(m_model->trend().periods.value(i.row()),
                                             m_model->options().period)});
    });
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"trendEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setTextFormat(Qt::RichText);
    connect(m_emptyLabel, &QLabel::linkActivated, this, &TrendView::showUndated);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartPage);
    m_stack->addWidget(m_tableView);
    m_stack->addWidget(m_emptyLabel);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(u"trendNoteLabel"_s);
    m_noteLabel->setTextFormat(Qt::RichText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setContentsMargins(6, 2, 6, 4);
    connect(m_noteLabel, &QLabel::linkActivated, this, &TrendView::showUndated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_noteLabel);

    connect(m_controls, &TrendControlsBar::periodChosen, this, [this](TrendPeriod period) {
        TrendOptions o = m_model->options();
        o.period = period;
        setOptions(o);
    });
    connect(m_controls, &TrendControlsBar::byChosen, this, [this](TrendBy by) {
        TrendOptions o = m_model->options();
        o.by = by;
        setOptions(o);
    });
    connect(m_controls, &TrendControlsBar::schemeChosen, this, [this](const QString &scheme) {
        TrendOptions o = m_model->options();
        o.scheme = scheme;
        setOptions(o);
    });
    connect(m_controls, &TrendControlsBar::metricChosen, this, &TrendView::setMetric);
    connect(m_controls, &TrendControlsBar::sharesChosen, this, &TrendView::setShares);
    connect(m_controls, &TrendControlsBar::patternsToggled, this, &TrendView::setPatterns);
    connect(m_controls, &TrendControlsBar::tableToggled, this, [this] { updateNotes(); });
    connect(m_controls, &TrendControlsBar::backClicked, this, &TrendView::back);
    connect(m_controls, &TrendControlsBar::showIncidentsClicked, this, &TrendView::showIncidentsRequested);
}

void TrendView::setQuery(const Query &query)
{
    m_queryText = query.text;
    m_model->setQuery(query);
    updateNotes();
}

void TrendView::setSynonymExpansion(bool on)
{
    m_model->setSynonymExpansion(on);
}

void TrendView::reload()
{
    m_model->reload();
}

void TrendView::restoreState()
{
    TrendOptions o;
    o.period = TrendPeriod(std::clamp(settings::trendPeriod.get(), 0, int(TrendPeriod::Year)));
    o.by = TrendBy(std::clamp(settings::trendBy.get(), 0, int(TrendBy::Contractor)));
    // A scheme the schemes in force no longer have is forgotten.
    const QString scheme = settings::trendScheme.get();
    if (SchemeMap::active()->scheme(scheme))
        o.scheme = scheme;
    setOptions(o);
    setMetric(TrendModel::Metric(
        std::clamp(settings::trendMetric.get(), 0, int(TrendModel::Metric::DisclosureDays))));
    setShares(settings::trendShares.get());
    setPatterns(settings::trendPatterns.get());
}

void TrendView::saveState() const
{
    settings::trendPeriod.set(int(m_model->options().period));
    settings::trendBy.set(int(m_model->options().by));
    settings::trendScheme.set(m_model->options().scheme);
    settings::trendMetric.set(int(m_model->metric()));
    settings::trendShares.set(m_shares);
    settings::trendPatterns.set(m_patterns);
}

void TrendView::setOptions(const TrendOptions &options)
{
    m_controls->setOptions(options);
    if (options.by != m_model->options().by || options.scheme != m_model->options().scheme)
        m_hidden.clear();
    m_model->setOptions(options);
    updateNotes();
}

void TrendView::setMetric(TrendModel::Metric metric)
{
    m_controls->setMetric(metric);
    m_model->setMetric(metric);
    scheduleRebuild();
}

void TrendView::setShares(bool on)
{
    m_controls->setShares(on);
    m_shares = on;
    scheduleRebuild();
}

void TrendView::setPatterns(bool on)
{
    m_controls->setPatterns(on);
    m_patterns = on;
    scheduleRebuild();
}

void TrendView::setCategoryHidden(const QString &key, bool hidden)
{
    if (hidden)
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
    scheduleRebuild();
}

TrendChartStyle TrendView::style() const
{
    TrendChartStyle s;
    s.metric = m_model->metric();
    s.shares = m_shares;
    s.patterns = m_patterns;
    s.hidden = m_hidden;
    s.title = title();
    return s;
}

QString TrendView::title() const
{
    const TrendOptions &o = m_model->options();
    QString measure;
    switch (m_model->metric()) {
    case TrendModel::Metric::Incidents:
        measure = tr("Incidents");
        break;
    case TrendModel::Metric::People:
        measure = tr("People affected");
        break;
    case TrendModel::Metric::DisclosureDays:
        measure = tr("Days from discovery to announcement");
        break;
    }
    QString per;
    switch (o.period) {
    case TrendPeriod::Month:
        per = tr("per month");
        break;
    case TrendPeriod::Quarter:
        per = tr("per quarter");
        break;
    case TrendPeriod::Year:
        per = tr("per year");
        break;
    }
    const auto schemes = SchemeMap::active();
    const Scheme *scheme =
        o.by == TrendBy::Cause && !o.scheme.isEmpty() ? schemes->scheme(o.scheme) : nullptr;
    const QString by = scheme ? tr("category of %1").arg(scheme->name())
                              : TrendQuery::categoriesName(o);
    QString what = tr("%1 %2, by %3", "measure, period, categories: Incidents per month, by cause")
                       .arg(measure, per, by);
    if (m_model->metric() == TrendModel::Metric::DisclosureDays)
        what = tr("%1 (median, quartiles, shortest and longest)").arg(what);
    else if (m_shares)
        what = tr("Shares: %1").arg(what);
    const QString query = m_queryText.trimmed();
    if (query.isEmpty())
        return tr("%1 — all incidents").arg(what);
    const QString shown = query.size() > 80 ? query.left(79) + u'…' : query;
    return tr("%1 — %2").arg(what, shown);
}

void TrendView::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    // Later, not inside the signal of a chart that the rebuild replaces.
    QTimer::singleShot(0, this, &TrendView::rebuildChart);
}

void TrendView::onResult()
{
    // Categories that left the result are no longer hidden.
    const QStringList &keys = m_model->trend().keys;
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (!keys.contains(*it))
            it = m_hidden.erase(it);
        else
            ++it;
    }
    rebuildChart();
}

void TrendView::rebuildChart()
{
    m_rebuildPending = false;
    const TrendData &d = m_model->trend();
    // The view's chart until now: ours, or the empty one QChartView makes in its constructor.
    // setChart() releases it without deleting it.
    QChart *oldChart = m_chartView->chart();

    m_chart = TrendChartBuilder::mainChart(d, style());
    const QList<QAbstractSeries *> series = m_chart->series();
    if (auto *bars =
            series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first())) {
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype k = 0; k < sets.size() && k < d.keys.size(); ++k) {
            const QString key = d.keys[k];
            connect(sets[k], &QBarSet::hovered, this, [this, key](bool on, int period) {
                if (on)
                    QToolTip::showText(QCursor::pos(), segmentToolTip(key, period), m_chartView);
                else
                    QToolTip::hideText();
            });
            connect(sets[k], &QBarSet::clicked, this,
                    [this, key](int period) { activateSegment(key, period); });
        }
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(bars);
        for (qsizetype k = 0; k < markers.size() && k < d.keys.size(); ++k) {
            const QString key = d.keys[k];
            connect(markers[k], &QLegendMarker::clicked, this,
                    [this, key] { setCategoryHidden(key, !m_hidden.contains(key)); });
        }
    }
    for (QAbstractSeries *s : series) {
        auto *boxes = qobject_cast<QBoxPlotSeries *>(s);
        if (!boxes)
            continue;
        const QString key = boxes->property("trendKey").toString();
        connect(boxes, &QBoxPlotSeries::hovered, this, [this, boxes, key](bool on, QBoxSet *set) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   segmentToolTip(key, int(boxes->boxSets().indexOf(set))),
                                   m_chartView);
            else
                QToolTip::hideText();
        });
        connect(boxes, &QBoxPlotSeries::clicked, this, [this, boxes, key](QBoxSet *set) {
            activateSegment(key, int(boxes->boxSets().indexOf(set)));
        });
        for (QLegendMarker *m : m_chart->legend()->markers(boxes))
            connect(m, &QLegendMarker::clicked, this,
                    [this, key] { setCategoryHidden(key, !m_hidden.contains(key)); });
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &TrendView::onPlotAreaChanged);
    m_chartView->setChart(m_chart);

    const bool people = m_model->metric() == TrendModel::Metric::People;
    m_strip->setCounts(people ? unknownSizeCounts() : QList<qint64>(), d.periods);
    m_strip->setVisible(people);
    if (oldChart) {
        // Not deleted here: this may run inside one of the old chart's own signals (a legend
        // click). Parented to the view so it cannot outlive it when no event loop runs the
        // deferred delete (a window closed at exit).
        oldChart->setParent(this);
        oldChart->deleteLater();
    }
    onPlotAreaChanged();
    updateNotes();
    Q_EMIT chartUpdated();
}

void TrendView::onPlotAreaChanged()
{
    if (!m_chart)
        return;
    m_labelStep = TrendChartBuilder::fitPeriodLabels(m_chart, m_model->trend());
    if (!m_strip->isHidden()) {
        // The strip's bars line up under the chart's.
        const QRectF pa = m_chart->plotArea();
        const QPoint inView = m_chartView->mapFromScene(m_chart->mapToScene(pa.topLeft()));
        const QPoint left = m_strip->mapFrom(this, m_chartView->mapTo(this, inView));
        m_strip->setPlotSpan(left.x(), pa.width());
    }
}

QList<qint64> TrendView::unknownSizeCounts() const
{
    const TrendData &d = m_model->trend();
    QList<qint64> counts;
    counts.reserve(d.periods.size());
    for (const TrendCell &c : d.periodTotals)
        counts << c.unknownSize;
    return counts;
}

void TrendView::updateNotes()
{
    const TrendData &d = m_model->trend();
    const bool loading = m_model->isLoading();
    QStringList parts;
    if (loading)
        parts << tr("Counting…");
    if (m_model->isCurrent() || (!loading && d.total > 0)) {
        parts << tr("%1 incidents").arg(format::number(d.total));
        if (d.noDate > 0)
            parts << tr("no date: %1 incidents, not in the chart (<a href=\"undated\">search for "
                        "them</a>)")
                         .arg(format::number(d.noDate));
        else
            parts << tr("every incident has a date");
        if (m_model->metric() == TrendModel::Metric::DisclosureDays && m_model->isCurrent())
            parts << tr("%1 dated incidents state when the incident was discovered and when it "
                        "was announced: only they are in the boxes")
                         .arg(format::number(d.withDays));
        if (d.options.by == TrendBy::DataKind &&
            m_model->metric() != TrendModel::Metric::DisclosureDays)
            parts << tr("an incident is counted once for each kind of data it leaked");
        if (m_model->metric() == TrendModel::Metric::People) {
            qint64 unknown = 0;
            for (const TrendCell &c : d.periodTotals)
                unknown += c.unknownSize;
            if (unknown > 0)
                parts << tr("%1 dated incidents of unknown size, counted in the grey band below")
                             .arg(format::number(unknown));
        }
        if (!m_hidden.isEmpty()) {
            QStringList names;
            for (const QString &k : d.keys) {
                if (m_hidden.contains(k))
                    names << m_model->categoryName(k);
            }
            parts << tr("hidden: %1 (click the legend to show)").arg(names.join(u", "_s));
        }
    }
    if (!m_model->options().scheme.isEmpty()) {
        if (const QString warning = SchemeMap::activeWarning(); !warning.isEmpty())
            parts << warning.toHtmlEscaped();
    }
    m_noteLabel->setText(parts.join(u" · "_s));

    QWidget *page = m_controls->isTableShown() ? static_cast<QWidget *>(m_tableView) : m_chartPage;
    if (!loading && m_model->isCurrent() && d.periods.isEmpty()) {
        if (d.total == 0)
            m_emptyLabel->setText(
                tr("<h3>No incidents match</h3><p>The chart shows what the search matches.</p>"));
        else
            m_emptyLabel->setText(
                tr("<h3>No dates</h3><p>None of the %1 matching incidents has a date. "
                   "<a href=\"undated\">Search for them</a>.</p>")
                    .arg(format::number(d.total)));
        page = m_emptyLabel;
    }
    m_stack->setCurrentWidget(page);
    m_controls->setBackEnabled(canGoBack());
}

QString TrendView::segmentToolTip(const QString &key, int period) const
{
    const TrendData &d = m_model->trend();
    const qsizetype k = d.keys.indexOf(key);
    if (k < 0 || period < 0 || period >= d.periods.size())
        return {};
    const bool people = m_model->metric() == TrendModel::Metric::People;
    const TrendCell &c = d.cell(period, k);
    if (m_model->metric() == TrendModel::Metric::DisclosureDays) {
        const DaysSpread &s = c.days;
        QString text = TrendChartBuilder::axisLabel(d.periods[period]) + u" · "_s +
                       m_model->categoryName(key) + u'\n';
        if (s.n == 0)
            return text + tr("No incident states both dates");
        auto days = [](double v) { return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1); };
        text += tr("Days from discovery to announcement: median %1, quartiles %2–%3, shortest "
                   "%4, longest %5\nIncidents with both dates: %6 (of %7 in this category and "
                   "period)")
                    .arg(days(s.median), days(s.q1), days(s.q3), days(s.min), days(s.max),
                         format::number(s.n), format::number(c.count));
        return text + u'\n' + tr("Click to list these incidents");
    }
    qint64 periodTotal = 0;
    if (d.options.by == TrendBy::DataKind) {
        // Kinds overlap: a kind's share is of the period's incidents, each counted once.
        const TrendCell &all = d.periodTotals.at(period);
        periodTotal = people ? all.affected : all.count;
    } else {
        for (qsizetype j = 0; j < d.keys.size(); ++j) {
            if (!m_hidden.contains(d.keys[j]))
                periodTotal += people ? d.cell(period, j).affected : d.cell(period, j).count;
        }
    }
    const qint64 v = people ? c.affected : c.count;
    const QString share = periodTotal > 0 ? percent(double(v) / double(periodTotal)) : u"—"_s;
    QString text = TrendChartBuilder::axisLabel(d.periods[period]) + u" · "_s +
                   m_model->categoryName(key) + u'\n';
    if (people)
        text += tr("People affected: %1 (%2 of %3)\nIncidents: %4, of unknown size: %5")
                    .arg(format::number(v), share, format::number(periodTotal),
                         format::number(c.count), format::number(c.unknownSize));
    else
        text += tr("Incidents: %1 (%2 of %3)")
                    .arg(format::number(v), share, format::number(periodTotal));
    text += u'\n' + tr("Click to narrow the search to these");
    return text;
}

void TrendView::applyTerms(const QStringList &terms)
{
    QString text = m_queryText;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &t : terms) {
        if (!t.isEmpty() && !words.contains(t))
            text = Query::withTerm(text, t);
    }
    if (text == m_queryText)
        return;
    m_history.append(m_queryText);
    m_controls->setBackEnabled(true);
    Q_EMIT queryRequested(text);
}

void TrendView::activateSegment(const QString &key, int period)
{
    const TrendData &d = m_model->trend();
    if (period < 0 || period >= d.periods.size() || !d.keys.contains(key))
        return;
    QStringList terms{TrendQuery::categoryTerm(d.options, key),
                      TrendQuery::dateTerm(d.periods[period], d.options.period)};
    // The incidents of a box: those with days to disclosure.
    if (m_model->metric() == TrendModel::Metric::DisclosureDays)
        terms << u"lag:>=0"_s;
    applyTerms(terms);
}

void TrendView::activateUnknownSize(int period)
{
    const TrendData &d = m_model->trend();
    if (period < 0 || period >= d.periods.size())
        return;
    applyTerms({TrendQuery::dateTerm(d.periods[period], d.options.period), u"-has:affected"_s});
}

void TrendView::showUndated()
{
    applyTerms({u"-has:date"_s});
}

void TrendView::back()
{
    if (m_history.isEmpty())
        return;
    const QString previous = m_history.takeLast();
    m_controls->setBackEnabled(canGoBack());
    Q_EMIT queryRequested(previous);
}

void TrendView::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    m_model->setActive(true);
}

void TrendView::hideEvent(QHideEvent *e)
{
    QWidget::hideEvent(e);
    m_model->setActive(false);
}

bool TrendView::eventFilter(QObject *watched, QEvent *e)
{
    // Alt+Left goes back here while the chart has the focus, before the window's Back.
    if (e->type() == QEvent::ShortcutOverride || e->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(e);
        if (ke->matches(QKeySequence::Back) && canGoBack()) {
            e->accept();
            if (e->type() == QEvent::KeyPress)
                back();
            return true;
        }
    }
    return QWidget::eventFilter(watched, e);
}

TrendChartExport::Picture TrendView::picture() const
{
    return {m_model->trend(), style(), unknownSizeCounts(), title()};
}

QImage TrendView::renderImage(const QSize &size) const
{
    return TrendChartExport::render(picture(), size);
}

Status TrendView::exportImage(const QString &path, const QSize &size) const
{
    return TrendChartExport::save(picture(), path, size, m_databasePath);
}

void TrendView::copyToClipboard(const QSize &size) const
{
    QGuiApplication::clipboard()->setImage(renderImage(size));
}

void TrendView::exportWithDialog()
{
    TrendExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool svg = dialog.format() == TrendExportDialog::Format::Svg;
    const QString suggested =
        settings::lastExportDir.get() + (svg ? u"/jikenbo-trends.svg"_s : u"/jikenbo-trends.png"_s);
    const QString path =
        m_dialogs->saveFile(this, tr("Export Chart"), suggested,
                            svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString suffix = svg ? u"svg"_s : u"png"_s;
    const QString file = QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0
                             ? path
                             : path + u'.' + suffix;
    settings::lastExportDir.set(QFileInfo(file).absolutePath());
    const Status s = exportImage(file, dialog.imageSize());
    if (!s.ok())
        m_dialogs->warn(this, tr("Export Chart"), s.error());
}

} // namespace jikenbo
