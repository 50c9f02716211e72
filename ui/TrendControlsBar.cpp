// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendControlsBar.h"

#include "classify/SchemeMap.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QComboBox *makeCombo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setAccessibleName(accessibleName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

} // namespace

TrendControlsBar::TrendControlsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"trendControlsBar"_s);
    m_periodCombo = makeCombo(this, u"periodComboBox"_s, tr("Period"));
    m_periodCombo->addItem(tr("Month"), int(TrendPeriod::Month));
    m_periodCombo->addItem(tr("Quarter"), int(TrendPeriod::Quarter));
    m_periodCombo->addItem(tr("Year"), int(TrendPeriod::Year));
    m_byCombo = makeCombo(this, u"byComboBox"_s, tr("Split by"));
    m_byCombo->addItem(tr("Cause"), int(TrendBy::Cause));
    m_byCombo->addItem(tr("Sector"), int(TrendBy::Sector));
    m_byCombo->addItem(tr("Data leaked"), int(TrendBy::DataKind));
    m_byCombo->setItemData(m_byCombo->count() - 1,
                           tr("The kinds of personal data the notice says leaked; an incident "
                              "counts once for each"),
                           Qt::ToolTipRole);
    m_byCombo->addItem(tr("Contractor"), int(TrendBy::Contractor));
    m_byCombo->setItemData(m_byCombo->count() - 1,
                           tr("Whether it happened at or through a contractor, supplier or "
                              "service provider"),
                           Qt::ToolTipRole);
    m_schemeCombo = makeCombo(this, u"schemeComboBox"_s, tr("Scheme"));
    m_schemeCombo->setToolTip(
        tr("Count the causes in the categories of a survey (schemes.json); a click on a bar "
           "lists the incidents behind it"));
    m_schemeCombo->addItem(tr("Jikenbo"), QString());
    m_schemeCombo->setItemData(0, tr("Jikenbo's own causes (the taxonomy)"), Qt::ToolTipRole);
    const auto schemes = SchemeMap::active();
    for (const Scheme &scheme : schemes->schemes()) {
        m_schemeCombo->addItem(scheme.name(), scheme.id);
        m_schemeCombo->setItemData(m_schemeCombo->count() - 1, scheme.name(), Qt::ToolTipRole);
    }
    // A survey's name can be long: the box shows its start (the whole in the list and the
    // tooltip), so that the controls still fit beside the chart on a common screen.
    m_schemeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_schemeCombo->setMinimumContentsLength(8);
    m_schemeCombo->view()->setMinimumWidth(m_schemeCombo->view()->sizeHintForColumn(0) + 24);
    m_metricCombo = makeCombo(this, u"metricComboBox"_s, tr("Measure"));
    m_metricCombo->addItem(tr("Incidents"), int(TrendModel::Metric::Incidents));
    m_metricCombo->addItem(tr("People affected"), int(TrendModel::Metric::People));
    m_metricCombo->addItem(tr("Days to disclosure"), int(TrendModel::Metric::DisclosureDays));
    m_metricCombo->setItemData(m_metricCombo->count() - 1,
                               tr("Days from discovering the incident to announcing it: median, "
                                  "quartiles and range per period (a box plot)"),
                               Qt::ToolTipRole);
    m_scaleCombo = makeCombo(this, u"scaleComboBox"_s, tr("Scale"));
    m_scaleCombo->addItem(tr("Counts"), false);
    m_scaleCombo->addItem(tr("Percent"), true);
    m_scaleCombo->setItemData(1, tr("Each period's bar as 100%, split into shares"),
                              Qt::ToolTipRole);

    auto makeButton = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_patternButton = makeButton(tr("Patterns"), u"patternsToolButton"_s,
                                 tr("Fill each category with a pattern as well as its colour"));
    m_patternButton->setCheckable(true);
    m_tableButton =
        makeButton(tr("Table"), u"tableToolButton"_s, tr("Show the numbers as a table"));
    m_tableButton->setCheckable(true);
    // An arrow, as the detail pane's Back: it is disabled until a bar is clicked, and its words
    // took the room the settings need beside the chart at 1366 px.
    m_backButton = makeButton(tr("Back"), u"backToolButton"_s,
                              tr("Return to the query before the last click on a bar (Alt+Left)"));
    m_backButton->setAccessibleName(tr("Back"));
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_backButton->setEnabled(false);
    m_showButton = makeButton(tr("Show Incidents"), u"showIncidentsToolButton"_s,
                              tr("Show the incidents of the chart in the table"));
    m_exportButton = makeButton(tr("Export"), u"exportToolButton"_s, tr("Save or copy the chart"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    QAction *save =
        exportMenu->addAction(tr("Save as PNG or SVG…"), this, &TrendControlsBar::exportRequested);
    save->setObjectName(u"exportChartAction"_s);
    QAction *copy =
        exportMenu->addAction(tr("Copy to Clipboard"), this, &TrendControlsBar::copyRequested);
    copy->setObjectName(u"copyChartAction"_s);
    m_exportButton->setMenu(exportMenu);

    // A tool bar rather than a row of widgets: when the window is narrower than the controls,
    // the ones that do not fit move to its extension menu (») instead of widening the window
    // beyond a small screen or squeezing the facets.
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"trendToolBar"_s);
    bar->setFloatable(false);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Each label goes with its control (the scheme with the split), so that they move to the
    // extension menu together rather than leave a label without its control.
    auto addGroup = [this, bar](const QString &label, QList<QWidget *> controls) {
        auto *group = new QWidget(this);
        auto *l = new QHBoxLayout(group);
        l->setContentsMargins(0, 0, 6, 0);
        l->setSpacing(4);
        auto *text = new QLabel(label, group);
        text->setBuddy(controls.first());
        l->addWidget(text);
        for (QWidget *c : controls)
            l->addWidget(c);
        bar->addWidget(group);
    };
    addGroup(tr("&Period:"), {m_periodCombo});
    addGroup(tr("Split &by:"), {m_byCombo, m_schemeCombo});
    addGroup(tr("&Measure:"), {m_metricCombo});
    addGroup(tr("S&cale:"), {m_scaleCombo});
    bar->addWidget(m_patternButton);
    bar->addWidget(m_tableButton);
    // What acts on the chart (back, show its incidents, export) in a tool bar of its own at the
    // right, which keeps its room: when space runs short, the settings give way first.
    auto *actions = new QToolBar(this);
    actions->setObjectName(u"trendActionsToolBar"_s);
    actions->setFloatable(false);
    actions->setMovable(false);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addWidget(m_backButton);
    actions->addWidget(m_showButton);
    actions->addWidget(m_exportButton);
    actions->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(bar, 1);
    layout->addWidget(actions);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT periodChosen(TrendPeriod(m_periodCombo->currentData().toInt())); });
    connect(m_byCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT byChosen(TrendBy(m_byCombo->currentData().toInt())); });
    connect(m_schemeCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT schemeChosen(m_schemeCombo->currentData().toString()); });
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT metricChosen(TrendModel::Metric(m_metricCombo->currentData().toInt()));
    });
    connect(m_scaleCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT sharesChosen(m_scaleCombo->currentData().toBool()); });
    connect(m_patternButton, &QToolButton::toggled, this, &TrendControlsBar::patternsToggled);
    connect(m_tableButton, &QToolButton::toggled, this, &TrendControlsBar::tableToggled);
    connect(m_backButton, &QToolButton::clicked, this, &TrendControlsBar::backClicked);
    connect(m_showButton, &QToolButton::clicked, this, &TrendControlsBar::showIncidentsClicked);
}

void TrendControlsBar::setOptions(const TrendOptions &options)
{
    QSignalBlocker a(m_periodCombo);
    QSignalBlocker b(m_byCombo);
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(options.period)));
    m_byCombo->setCurrentIndex(m_byCombo->findData(int(options.by)));
    QSignalBlocker c(m_schemeCombo);
    // A scheme maps causes: it has no say over sectors.
    m_schemeCombo->setEnabled(options.by == TrendBy::Cause);
    m_schemeCombo->setCurrentIndex(std::max(0, m_schemeCombo->findData(options.scheme)));
}

void TrendControlsBar::setMetric(TrendModel::Metric metric)
{
    QSignalBlocker b(m_metricCombo);
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(metric)));
    // Boxes have no shares.
    m_scaleCombo->setEnabled(metric != TrendModel::Metric::DisclosureDays);
}

void TrendControlsBar::setShares(bool on)
{
    QSignalBlocker b(m_scaleCombo);
    m_scaleCombo->setCurrentIndex(m_scaleCombo->findData(on));
}

void TrendControlsBar::setPatterns(bool on)
{
    QSignalBlocker b(m_patternButton);
    m_patternButton->setChecked(on);
}

void TrendControlsBar::setBackEnabled(bool on)
{
    m_backButton->setEnabled(on);
}

bool TrendControlsBar::isTableShown() const
{
    return m_tableButton->isChecked();
}

} // namespace jikenbo
