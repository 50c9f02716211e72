// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetPanel.h"

#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "ingest/DataKindVocabulary.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr int TermRole = Qt::UserRole + 1;

QIcon swatch(const QString &color)
{
    QPixmap p(12, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(color));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(p);
}

} // namespace

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"facetTreeWidget"_s);
    m_tree->setAccessibleName(tr("Facets"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_causes = new QTreeWidgetItem(m_tree, {tr("Cause")});
    m_sectors = new QTreeWidgetItem(m_tree, {tr("Sector")});
    m_years = new QTreeWidgetItem(m_tree, {tr("Year")});
    m_dataKinds = new QTreeWidgetItem(m_tree, {tr("Data leaked")});
    m_contractor = new QTreeWidgetItem(m_tree, {tr("Contractor")});
    for (QTreeWidgetItem *i : {m_causes, m_sectors, m_years, m_dataKinds, m_contractor}) {
        QFont f = i->font(0);
        f.setBold(true);
        i->setFont(0, f);
        i->setFlags(Qt::ItemIsEnabled);
        i->setExpanded(true);
    }
    m_dataKinds->setHidden(true); // until counts say some match has them
    m_contractor->setHidden(true);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_tree);
    // Wide enough for the longest cause or sector name and a count in the hundreds of
    // thousands, so that the window's other panes, not the facets, give way when it is narrow.
    const QFontMetrics fm(m_tree->font());
    const Taxonomy &tax = Taxonomy::builtIn();
    int name = 0;
    for (const Category &c : tax.causes())
        name = std::max(name, fm.horizontalAdvance(tax.causeName(c.key)));
    for (const Category &c : tax.sectors())
        name = std::max(name, fm.horizontalAdvance(tax.sectorName(c.key)));
    // Besides the texts: the causes' colour swatch, and the tree's indentation and frame.
    const int swatch =
        m_tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree) +
        fm.horizontalAdvance(u' ');
    setMinimumWidth(name + swatch + fm.horizontalAdvance(u"1,000,000"_s) +
                    3 * m_tree->indentation() + 2 * m_tree->frameWidth());
    auto choose = [this](QTreeWidgetItem *item) {
        const QString term = item ? item->data(0, TermRole).toString() : QString();
        if (!term.isEmpty())
            Q_EMIT termChosen(term);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, choose);
    connect(m_tree, &QTreeWidget::itemActivated, this, choose);
}

void FacetPanel::fill(QTreeWidgetItem *parent, const QList<FacetValue> &values, const QString &field)
{
    qDeleteAll(parent->takeChildren());
    const Taxonomy &tax = Taxonomy::builtIn();
    for (const FacetValue &v : values) {
        QString name = v.value;
        QString termValue = v.value;
        auto *item = new QTreeWidgetItem(parent);
        if (field == u"cause"_s) {
            name = tax.causeName(v.value);
            if (const Category *c = tax.cause(v.value))
                item->setIcon(0, swatch(c->color));
        } else if (field == u"sector"_s) {
            name = tax.sectorName(v.value);
        } else if (field == u"data"_s) {
            name = DataKindVocabulary::builtIn().name(v.value);
        } else if (field == u"via"_s) {
            name = tr("At or through a contractor");
        }
        item->setText(0, name);
        item->setText(1, format::number(v.count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, TermRole, QString(field + u':' + termValue));
        item->setToolTip(0, tr("Show only %1 (adds %2 to the search)").arg(name, field + u':' + termValue));
    }
    parent->setExpanded(true);
}

void FacetPanel::setCounts(const FacetCounts &counts)
{
    fill(m_causes, counts.causes, u"cause"_s);
    fill(m_sectors, counts.sectors, u"sector"_s);
    QList<FacetValue> years = counts.years;
    std::sort(years.begin(), years.end(), [](const FacetValue &a, const FacetValue &b) { return a.value > b.value; });
    fill(m_years, years, u"year"_s);
    fill(m_dataKinds, counts.dataKinds, u"data"_s);
    fill(m_contractor, counts.contractor, u"via"_s);
    // Facts not every notice has: their heading only when some match has them.
    m_dataKinds->setHidden(counts.dataKinds.isEmpty());
    m_contractor->setHidden(counts.contractor.isEmpty());
}

} // namespace jikenbo
